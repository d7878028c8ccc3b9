package io.incidentledger.api.history;

import io.incidentledger.api.maintenance.MaintenanceEvent;
import java.time.Instant;

/** A maintenance event as the store holds it: its id (what views are idempotent by), place in its window and time. */
public record MaintenanceRecord(String eventId, long sequence, Instant recordedAt, MaintenanceEvent event) {
}
