package io.incidentledger.status;

import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.maintenance.MaintenanceView;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything one rendering of the page needs: the incidents newest first, the moment shown ({@code asOf} is
 * null for the live page, else the historical instant), display names for chat mentions, and the maintenance
 * windows, soonest first.
 */
public record StatusSnapshot(List<IncidentView> incidents, Instant now, Instant asOf, Map<String, String> names,
                             List<MaintenanceView> maintenances) {

    public StatusSnapshot {
        incidents = incidents.stream().sorted(IncidentView.NEWEST_FIRST).toList();
        names = Map.copyOf(names);
        maintenances = maintenances.stream().sorted(Comparator.comparing(MaintenanceView::startsAt)).toList();
    }

    public StatusSnapshot(List<IncidentView> incidents, Instant now, Instant asOf, Map<String, String> names) {
        this(incidents, now, asOf, names, List.of());
    }

    public static StatusSnapshot live(List<IncidentView> incidents, Instant now, Map<String, String> names) {
        return new StatusSnapshot(incidents, now, null, names);
    }

    public boolean historical() {
        return asOf != null;
    }

    /** The moment the page describes: "now" for the live page. */
    public Instant moment() {
        return asOf == null ? now : asOf;
    }

    /** In progress or verifying: shown beside the incidents, never instead of them. */
    public List<MaintenanceView> activeMaintenances() {
        return maintenances.stream().filter(MaintenanceView::active).toList();
    }

    public List<MaintenanceView> upcomingMaintenances() {
        return maintenances.stream().filter(MaintenanceView::upcoming).toList();
    }

    /** The components that active windows put under maintenance; an incident's worse status still wins. */
    public Set<String> underMaintenance() {
        var names = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        activeMaintenances().forEach(window -> names.addAll(window.components()));
        return names;
    }

    public List<IncidentView> unresolved() {
        return incidents.stream().filter(IncidentView::unresolved).toList();
    }

    /**
     * Newest change shown; the page's {@code updated_at} and the HTTP {@code Last-Modified}. A page without any
     * incident or maintenance window has no such change, so it is as fresh as the moment it shows.
     */
    public Instant lastChange() {
        return Stream.concat(incidents.stream().map(IncidentView::updatedAt), maintenances.stream().map(MaintenanceView::updatedAt))
                .max(Comparator.naturalOrder()).orElse(moment());
    }
}
