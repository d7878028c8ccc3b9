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
        return new TimelineDocument(timeline.ref().toString(), timeline.title(), timeline.severity().name(),
                timeline.status().wireName(), zone.getId(),
                timeline.entries().stream().map(entry -> TimelineLine.of(entry, zone)).toList());
    }
}
