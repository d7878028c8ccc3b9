package io.incidentledger.api.event;

import io.incidentledger.api.id.IncidentId;
import java.time.Instant;

/**
 * An event as it leaves the event store for Kafka: the event id makes every consumer idempotent,
 * the sequence orders one incident's events.
 */
public record LedgerEvent(
        String eventId,
        IncidentId incidentId,
        long sequence,
        Instant recordedAt,
        IncidentEvent event) {
}
