package io.incidentledger.core.adapter.out.history;

import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.LedgerEvent;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Reads the event store directly, without blocking at its end, and builds each {@link LedgerEvent} exactly as the
 * Kafka publisher does (event id, aggregate sequence, stored time), so replayed views equal live ones.
 */
@Component
class AxonLedgerHistory implements LedgerHistory {

    private final EventStorageEngine storage;

    AxonLedgerHistory(EventStorageEngine storage) {
        this.storage = storage;
    }

    @Override
    public HistoryPosition read(HistoryPosition after, Consumer<LedgerEvent> sink) {
        TrackingToken[] reached = {(TrackingToken) after.token()};
        try (var events = storage.readEvents(reached[0], false)) {
            events.forEachOrdered(message -> {
                reached[0] = message.trackingToken();
                if (IncidentEvent.class.isAssignableFrom(message.getPayloadType())) {
                    sink.accept(toLedgerEvent(message));
                }
            });
        }
        return new HistoryPosition(reached[0]);
    }

    @Override
    public void readIncident(String incidentId, Consumer<LedgerEvent> sink) {
        storage.readEvents(incidentId).asStream()
                .filter(message -> IncidentEvent.class.isAssignableFrom(message.getPayloadType()))
                .forEachOrdered(message -> sink.accept(toLedgerEvent(message)));
    }

    @Override
    public long approximateSize() {
        TrackingToken head = storage.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static LedgerEvent toLedgerEvent(EventMessage<?> message) {
        var event = (IncidentEvent) message.getPayload();
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        return new LedgerEvent(message.getIdentifier(), event.incidentId(), sequence, message.getTimestamp(), event);
    }

    @Override
    public void readIncident(String incidentId, long afterSequence, Consumer<LedgerEvent> sink) {
        // from the store's (aggregate id, sequence) index, never from a snapshot
        storage.readEvents(incidentId, afterSequence + 1).asStream()
                .filter(message -> IncidentEvent.class.isAssignableFrom(message.getPayloadType()))
                .forEachOrdered(message -> sink.accept(toLedgerEvent(message)));
    }
}
