package io.incidentledger.projections.timeline;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import java.util.List;

/**
 * Everything a reviewer needs about one incident: its current facts and its entries in the order things
 * happened. {@code lastSequence} makes the fold idempotent, as in the status model.
 */
public record IncidentTimeline(
        IncidentId incidentId,
        IncidentRef ref,
        String title,
        Severity severity,
        IncidentStatus status,
        String summary,
        String impact,
        Instant declaredAt,
        List<TimelineEntry> entries,
        List<FollowUpAction> actions,
        long lastSequence) {

    public IncidentTimeline {
        entries = List.copyOf(entries);
        actions = List.copyOf(actions);
    }

    /** Pinned messages, for the review's decisions section. */
    public List<TimelineEntry> pins() {
        return entries.stream().filter(e -> e.kind().equals(TimelineProjector.PIN)).toList();
    }
}
