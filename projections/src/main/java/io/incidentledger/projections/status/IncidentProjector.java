package io.incidentledger.projections.status;

import io.incidentledger.api.event.*;
import io.incidentledger.api.id.IncidentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Folds one incident's ledger events into its public {@link IncidentView}. Pure, so the topology stays thin. */
public final class IncidentProjector {

    static final String DECLARED_UPDATE = "We are investigating this incident.";

    private IncidentProjector() {
    }

    public static IncidentView apply(IncidentView view, LedgerEvent ledgerEvent) {
        if (view != null && ledgerEvent.sequence() <= view.lastSequence()) {
            return view;
        }
        IncidentEvent event = ledgerEvent.event();
        long seq = ledgerEvent.sequence();
        String updateId = ledgerEvent.eventId();
        if (event instanceof IncidentDeclared e) {
            return new IncidentView(e.incidentId(), e.ref(), e.title(), e.severity(), IncidentStatus.INVESTIGATING,
                    e.at(), e.at(), null, null, Map.of(),
                    List.of(new IncidentUpdateView(updateId, IncidentStatus.INVESTIGATING, DECLARED_UPDATE, e.at())), seq, List.of());
        }
        if (view == null) {
            return null;
        }
        if (event instanceof IncidentStatusChanged e) {
            Instant monitoring = e.to() == IncidentStatus.MONITORING ? e.at() : view.monitoringAt();
            Instant resolved = e.to() == IncidentStatus.RESOLVED || (e.to() == IncidentStatus.CLOSED && view.resolvedAt() == null)
                    ? e.at() : e.to().isOpen() ? null : view.resolvedAt();
            return new IncidentView(view.incidentId(), view.ref(), view.title(), view.severity(), e.to(), view.createdAt(),
                    e.at(), monitoring, resolved, view.components(), with(view, updateId, e.to(), e.message(), e.at()), seq,
                    view.unresolved() && !e.to().isOpen() ? history(view, e.at(), false) : view.componentHistory());
        }
        if (event instanceof IncidentReopened e) {
            return new IncidentView(view.incidentId(), view.ref(), view.title(), view.severity(),
                    IncidentStatus.INVESTIGATING, view.createdAt(), e.at(), view.monitoringAt(), null, view.components(),
                    with(view, updateId, IncidentStatus.INVESTIGATING, e.reason(), e.at()), seq,
                    view.unresolved() ? view.componentHistory() : history(view, e.at(), true));
        }
        if (event instanceof PublicUpdatePosted e) {
            return new IncidentView(view.incidentId(), view.ref(), view.title(), view.severity(), view.status(),
                    view.createdAt(), e.at(), view.monitoringAt(), view.resolvedAt(), view.components(),
                    with(view, updateId, e.status(), e.message(), e.at()), seq, view.componentHistory());
        }
        if (event instanceof TitleChanged e) {
            return new IncidentView(view.incidentId(), view.ref(), e.to(), view.severity(), view.status(), view.createdAt(),
                    e.at(), view.monitoringAt(), view.resolvedAt(), view.components(), view.updates(), seq, view.componentHistory());
        }
        if (event instanceof SeverityChanged e) {
            return new IncidentView(view.incidentId(), view.ref(), view.title(), e.to(), view.status(), view.createdAt(),
                    e.at(), view.monitoringAt(), view.resolvedAt(), view.components(), view.updates(), seq, view.componentHistory());
        }
        if (event instanceof ComponentStatusChanged e) {
            var components = new TreeMap<>(view.components());
            components.put(e.component(), e.to());
            return new IncidentView(view.incidentId(), view.ref(), view.title(), view.severity(), view.status(),
                    view.createdAt(), e.at(), view.monitoringAt(), view.resolvedAt(), components, view.updates(), seq,
                    with(view.componentHistory(), new ComponentChange(e.component(), view.unresolved() ? e.to()
                            : io.incidentledger.api.id.ComponentStatus.OPERATIONAL, e.at())));
        }
        // internal notes, roles and the chat record never reach the public page
        return new IncidentView(view.incidentId(), view.ref(), view.title(), view.severity(), view.status(),
                view.createdAt(), view.updatedAt(), view.monitoringAt(), view.resolvedAt(), view.components(),
                view.updates(), seq, view.componentHistory());
    }

    /** Resolving ends what this incident gives its components; reopening gives it back. */
    private static List<ComponentChange> history(IncidentView view, Instant at, boolean reopened) {
        var history = new ArrayList<>(view.componentHistory());
        view.components().forEach((component, status) -> {
            if (status != io.incidentledger.api.id.ComponentStatus.OPERATIONAL) {
                history.add(new ComponentChange(component,
                        reopened ? status : io.incidentledger.api.id.ComponentStatus.OPERATIONAL, at));
            }
        });
        return history;
    }

    private static <T> List<T> with(List<T> list, T item) {
        var longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    private static List<IncidentUpdateView> with(IncidentView view, String id, IncidentStatus status, String body, Instant at) {
        var updates = new ArrayList<>(view.updates());
        updates.add(new IncidentUpdateView(id, status, body, at));
        return updates;
    }
}
