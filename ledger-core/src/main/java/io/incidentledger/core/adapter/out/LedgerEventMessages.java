package io.incidentledger.core.adapter.out;

import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.MaintenanceRecord;
import io.incidentledger.api.maintenance.MaintenanceEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * The one mapping from Axon's event messages to the ledger's envelopes. The Kafka publisher and the history reader
 * both use it, so a replayed event carries the very id, sequence and time the live one did.
 */
public final class LedgerEventMessages {

    private LedgerEventMessages() {
    }

    public static boolean isIncidentEvent(EventMessage<?> message) {
        return IncidentEvent.class.isAssignableFrom(message.getPayloadType());
    }

    public static boolean isMaintenanceEvent(EventMessage<?> message) {
        return MaintenanceEvent.class.isAssignableFrom(message.getPayloadType());
    }

    public static LedgerEvent toLedgerEvent(EventMessage<?> message) {
        var event = (IncidentEvent) message.getPayload();
        return new LedgerEvent(message.getIdentifier(), event.incidentId(), sequenceOf(message), message.getTimestamp(),
                event);
    }

    public static MaintenanceRecord toMaintenanceRecord(EventMessage<?> message) {
        return new MaintenanceRecord(message.getIdentifier(), sequenceOf(message), message.getTimestamp(),
                (MaintenanceEvent) message.getPayload());
    }

    // events applied by an aggregate are domain messages; anything else has no place in a stream
    private static long sequenceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
    }
}
