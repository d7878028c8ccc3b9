package io.incidentledger.read.application;

import java.time.Instant;
import java.util.List;

/** One search result: what was said or done, in which incident, by whom and when, with the matching words marked. */
public record SearchHit(
        String eventId,
        String incident,
        String kind,
        String authorId,
        String author,
        String platform,
        String channel,
        String text,
        Instant occurredAt,
        List<String> highlights) {
}
