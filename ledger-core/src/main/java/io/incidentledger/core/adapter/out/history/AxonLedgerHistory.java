package io.incidentledger.core.adapter.out.history;

import static io.incidentledger.core.adapter.out.LedgerEventMessages.isIncidentEvent;
import static io.incidentledger.core.adapter.out.LedgerEventMessages.isMaintenanceEvent;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.history.MaintenanceRecord;
import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.core.adapter.out.LedgerEventMessages;
import io.incidentledger.core.erasure.ChatKeyStore;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the event store directly, without blocking at its end, and builds each envelope with
 * {@link LedgerEventMessages}, as the Kafka publisher does, so replayed views equal live ones. The storage engine,
 * unlike the event store, starts every aggregate at sequence 0 rather than at its latest snapshot.
 */
@Component
class AxonLedgerHistory implements LedgerHistory {

    // a transaction that took its global index before the one-pass read began may commit after it: Axon's own
    // readers wait as long for such a gap to fill
    static final Duration LATE_COMMITS = Duration.ofMinutes(1);

    private final EventStorageEngine storage;
    private final IncidentsInOrder incidentsInOrder;

    @Autowired
    AxonLedgerHistory(EventStorageEngine storage, DataSource dataSource, ObjectProvider<EventSchema> schema,
                      @Qualifier("eventSerializer") Serializer eventSerializer, Configuration axon,
                      ChatKeyStore chatKeys, PlatformTransactionManager transactions) {
        this(storage, new IncidentsInOrder(dataSource, schema.getIfAvailable(EventSchema::new),
                new IncidentRows(eventSerializer, axon.upcasterChain(), chatKeys, readOnly(transactions))));
    }

    AxonLedgerHistory(EventStorageEngine storage, IncidentsInOrder incidentsInOrder) {
        this.storage = storage;
        this.incidentsInOrder = incidentsInOrder;
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        var template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
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
    public HistoryPosition readByIncident(Consumer<List<LedgerEvent>> sink) {
        TrackingToken lookBack = storage.createTokenAt(Instant.now().minus(LATE_COMMITS));
        TrackingToken head = storage.createHeadToken();
        try {
            incidentsInOrder.read(head == null ? -1 : head.position().orElse(-1), sink);
        } catch (SQLException failed) {
            throw new IllegalStateException("Reading the event store by incident failed", failed);
        }
        return new HistoryPosition(lookBack);
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

    @Override
    public void readIncident(String incidentId, long afterSequence, Consumer<LedgerEvent> sink) {
        // from the store's (aggregate id, sequence) index, never from a snapshot
        storage.readEvents(incidentId, afterSequence + 1).asStream()
                .filter(LedgerEventMessages::isIncidentEvent)
                .forEachOrdered(message -> sink.accept(LedgerEventMessages.toLedgerEvent(message)));
    }
}
