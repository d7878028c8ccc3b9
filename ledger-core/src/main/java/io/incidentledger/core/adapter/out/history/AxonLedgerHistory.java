package io.incidentledger.core.adapter.out.history;

import static io.incidentledger.core.adapter.out.LedgerEventMessages.isIncidentEvent;
import static io.incidentledger.core.adapter.out.LedgerEventMessages.isMaintenanceEvent;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.history.MaintenanceRecord;
import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.core.adapter.out.LedgerEventMessages;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Reads the event store directly, without blocking at its end, and builds each envelope with
 * {@link LedgerEventMessages}, as the Kafka publisher does, so replayed views equal live ones. The storage engine,
 * unlike the event store, starts every aggregate at sequence 0 rather than at its latest snapshot.
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
                if (isIncidentEvent(message)) {
                    sink.accept(LedgerEventMessages.toLedgerEvent(message));
                }
            });
        }
        return new HistoryPosition(reached[0]);
    }

    @Override
    public void readIncident(String incidentId, Consumer<LedgerEvent> sink) {
        try (var events = storage.readEvents(incidentId, 0L).asStream()) {
            events.filter(LedgerEventMessages::isIncidentEvent)
                    .forEachOrdered(message -> sink.accept(LedgerEventMessages.toLedgerEvent(message)));
        }
    }

    @Override
    public void readMaintenance(Instant upTo, Consumer<MaintenanceRecord> sink) {
        try (var events = storage.readEvents(null, false)) {
            events.filter(message -> isMaintenanceEvent(message) && !message.getTimestamp().isAfter(upTo))
                    .forEachOrdered(message -> sink.accept(LedgerEventMessages.toMaintenanceRecord(message)));
        }
    }

    @Override
    public void readWindow(MaintenanceRef window, Consumer<MaintenanceRecord> sink) {
        try (var events = storage.readEvents(window.toString(), 0L).asStream()) {
            events.filter(LedgerEventMessages::isMaintenanceEvent)
                    .forEachOrdered(message -> sink.accept(LedgerEventMessages.toMaintenanceRecord(message)));
        }
    }

    @Override
    public long approximateSize() {
        TrackingToken head = storage.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
