package io.incidentledger.status.statuspage;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.projections.status.IncidentView;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A component's status on the page: the worst any unresolved incident gives it, or an active maintenance window. */
public final class ComponentHealth {

    private static final List<ComponentStatus> SEVERITY = List.of(ComponentStatus.OPERATIONAL,
            ComponentStatus.UNDER_MAINTENANCE, ComponentStatus.DEGRADED_PERFORMANCE, ComponentStatus.PARTIAL_OUTAGE,
            ComponentStatus.MAJOR_OUTAGE);

    /** Least to most severe; a day's bar and a group take the most severe of theirs. */
    public static final Comparator<ComponentStatus> BY_SEVERITY = Comparator.comparingInt(SEVERITY::indexOf);

    private ComponentHealth() {
    }

    public static ComponentStatus worst(String component, List<IncidentView> unresolved) {
        return unresolved.stream().map(view -> view.components().get(component)).filter(java.util.Objects::nonNull)
                .max(BY_SEVERITY).orElse(ComponentStatus.OPERATIONAL);
    }

    /** Under maintenance beats operational only: an open incident's worse status always shows through. */
    public static ComponentStatus worst(String component, List<IncidentView> unresolved, Set<String> underMaintenance) {
        ComponentStatus fromIncidents = worst(component, unresolved);
        return underMaintenance.contains(component) && fromIncidents == ComponentStatus.OPERATIONAL
                ? ComponentStatus.UNDER_MAINTENANCE : fromIncidents;
    }
}
