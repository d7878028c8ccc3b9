package io.incidentledger.status.uptime;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.projections.maintenance.MaintenanceUpdateView;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.projections.status.ComponentChange;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.statuspage.ComponentHealth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges what each source (an incident, a maintenance window) gives a component into the component's one history:
 * at every change, the worst status any source gives it, as the live page shows it. Under maintenance is the least
 * severe status but operational, so an incident's worse status in the same minutes wins.
 */
public final class ComponentHistories {

    private ComponentHistories() {
    }

    public static List<ComponentChange> of(List<IncidentView> incidents) {
        return of(incidents, List.of());
    }

    public static List<ComponentChange> of(List<IncidentView> incidents, List<MaintenanceView> maintenances) {
        Map<String, List<ComponentChange>> sources = new HashMap<>();
        incidents.forEach(view -> sources.put(view.incidentId().value(), view.componentHistory()));
        maintenances.forEach(window -> sources.put(window.ref().toString(), maintenance(window)));
        return merge(sources);
    }

    /**
     * What a window gives its components: under maintenance from each move into in progress or verifying, back to
     * operational at the move out. Read from its updates, which keep every occurrence of a recurring window.
     */
    public static List<ComponentChange> maintenance(MaintenanceView window) {
        var changes = new ArrayList<ComponentChange>();
        boolean running = false;
        for (MaintenanceUpdateView update : window.updates()) {
            if (update.status().active() != running) {
                running = update.status().active();
                ComponentStatus status = running ? ComponentStatus.UNDER_MAINTENANCE : ComponentStatus.OPERATIONAL;
                window.components().forEach(component -> changes.add(new ComponentChange(component, status, update.createdAt())));
            }
        }
        return changes;
    }

    /** Each source's list is time-ordered; the result is too, one entry per change of a component's worst status. */
    public static List<ComponentChange> merge(Map<String, List<ComponentChange>> sources) {
        record Tagged(String source, ComponentChange change) {
        }
        var all = new ArrayList<Tagged>();
        sources.forEach((source, changes) -> changes.forEach(change -> all.add(new Tagged(source, change))));
        all.sort(Comparator.comparing(tagged -> tagged.change().at())); // stable: a source's own order is kept
        Map<String, Map<String, ComponentStatus>> given = new HashMap<>();
        Map<String, ComponentStatus> shown = new HashMap<>();
        var merged = new ArrayList<ComponentChange>();
        for (Tagged tagged : all) {
            String component = tagged.change().component();
            var bySource = given.computeIfAbsent(component, c -> new HashMap<>());
            bySource.put(tagged.source(), tagged.change().status());
            ComponentStatus worst = bySource.values().stream().max(ComponentHealth.BY_SEVERITY).orElseThrow();
            if (worst != shown.getOrDefault(component, ComponentStatus.OPERATIONAL)) {
                shown.put(component, worst);
                merged.add(new ComponentChange(component, worst, tagged.change().at()));
            }
        }
        return merged;
    }
}
