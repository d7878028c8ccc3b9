package io.incidentledger.status.history;

import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.projections.status.IncidentProjector;
import io.incidentledger.projections.status.IncidentView;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The page as it was at any instant, folded straight from the event store (the source of truth) with the same
 * {@link IncidentProjector} the live view uses, so the past and the present can never disagree.
 */
@Component
public class LedgerHistory {

    private final EventStore eventStore;

    public LedgerHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public record State(List<IncidentView> incidents, Map<String, String> names) {
    }

    public State asOf(Instant at) {
        Map<IncidentId, IncidentView> views = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        try (var stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                EventMessage<?> message = stream.nextAvailable();
                if (message.getPayload() instanceof IncidentEvent event && !message.getTimestamp().isAfter(at)) {
                    views.compute(event.incidentId(), (id, view) -> IncidentProjector.apply(view, ledgerEvent(message, event)));
                    names.put(event.by().user().id(), event.by().user().name());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the ledger", e);
        }
        views.values().removeIf(java.util.Objects::isNull);
        return new State(List.copyOf(views.values()), names);
    }

    /** One incident as it stood right after the given event: what a notification about that event describes. */
    public IncidentView incidentAt(IncidentId incidentId, long sequence) {
        IncidentView view = null;
        var events = eventStore.readEvents(incidentId.value());
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getSequenceNumber() > sequence) {
                break;
            }
            if (message.getPayload() instanceof IncidentEvent event) {
                view = IncidentProjector.apply(view, ledgerEvent(message, event));
            }
        }
        return view;
    }

    static LedgerEvent ledgerEvent(EventMessage<?> message, IncidentEvent event) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        return new LedgerEvent(message.getIdentifier(), event.incidentId(), sequence, message.getTimestamp(), event);
    }
}
