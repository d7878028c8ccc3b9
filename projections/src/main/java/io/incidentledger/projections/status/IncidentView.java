package io.incidentledger.projections.status;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status page's model of one incident: only what the public may see. {@code lastSequence} makes the
 * projection idempotent: a re-delivered event is at or below it and changes nothing.
 */
public record IncidentView(
        IncidentId incidentId,
        IncidentRef ref,
        String title,
        Severity severity,
        IncidentStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant monitoringAt,
        Instant resolvedAt,
        Map<String, ComponentStatus> components,
        List<IncidentUpdateView> updates,
        long lastSequence,
        List<ComponentChange> componentHistory) {

    /**
     * Newest first, and among incidents declared at the same instant the higher number first: an order of the
     * ledger's own, so the live store (keyed by incident id), a replay and a fold of the past list them alike.
     */
    public static final Comparator<IncidentView> NEWEST_FIRST = Comparator.comparing(IncidentView::createdAt)
            .thenComparingLong(view -> view.ref().number()).reversed();

    /**
     * {@code componentHistory} is what this incident gave each component over time, in order: its component
     * changes, and operational while it is resolved (a view stored before it existed reads as none).
     */
    @JsonCreator
    public IncidentView {
        components = new TreeMap<>(components == null ? Map.of() : components);
        updates = List.copyOf(updates);
        componentHistory = componentHistory == null ? List.of() : List.copyOf(componentHistory);
    }

    public IncidentView(IncidentId incidentId, IncidentRef ref, String title, Severity severity, IncidentStatus status,
                        Instant createdAt, Instant updatedAt, Instant monitoringAt, Instant resolvedAt,
                        Map<String, ComponentStatus> components, List<IncidentUpdateView> updates, long lastSequence) {
        this(incidentId, ref, title, severity, status, createdAt, updatedAt, monitoringAt, resolvedAt, components, updates,
                lastSequence, List.of());
    }

    public String impact() {
        return severity.statuspageImpact();
    }

    public boolean unresolved() {
        return status.isOpen();
    }
}
