package io.incidentledger.read.application.review;

import io.incidentledger.projections.timeline.TimelineEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A timeline entry as people read it: its date and time in the reader's zone (a multi-day incident needs the
 * date), who did it where, and the text, with earlier texts of an edit and a deleted mark.
 */
public record TimelineLine(
        String date,
        String time,
        String at,
        String kind,
        String authorId,
        String author,
        String platform,
        String channel,
        String text,
        List<String> earlierTexts,
        boolean deleted) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    public static TimelineLine of(TimelineEntry entry, ZoneId zone) {
        var local = entry.occurredAt().atZone(zone);
        return new TimelineLine(DATE.format(local), TIME.format(local), local.toOffsetDateTime().toString(),
                entry.kind(), entry.authorId(), entry.authorName(), entry.platform(), entry.channel(), entry.text(),
                entry.earlierTexts(), entry.deleted());
    }
}
