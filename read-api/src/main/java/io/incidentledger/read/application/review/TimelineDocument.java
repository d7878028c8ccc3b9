package io.incidentledger.read.application.review;

import io.incidentledger.projections.timeline.IncidentTimeline;
import java.time.ZoneId;
import java.util.List;

/** The JSON timeline of one incident, every entry shown in {@code timeZone}. */
public record TimelineDocument(
        String incident,
        String title,
        String severity,
        String status,
        String timeZone,
        List<TimelineLine> entries) {

    public static TimelineDocument of(IncidentTimeline timeline, ZoneId zone) {
        return heading(timeline, zone).withEntries(timeline.entries().stream().map(e -> TimelineLine.of(e, zone)).toList());
    }

    /** The incident's facts without entries, for a writer that encodes the entries one by one. */
    public static TimelineDocument heading(IncidentTimeline timeline, ZoneId zone) {
        return new TimelineDocument(timeline.ref().toString(), timeline.title(), timeline.severity().name(),
                timeline.status().wireName(), zone.getId(), List.of());
    }

    private TimelineDocument withEntries(List<TimelineLine> lines) {
        return new TimelineDocument(incident, title, severity, status, timeZone, lines);
    }
}
