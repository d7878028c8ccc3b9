package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;

/** Called off before or during the work; a recurring window's later occurrences are called off with it. */
public record MaintenanceCancelled(MaintenanceRef ref, String reason, ChatOrigin by, Instant at) implements MaintenanceEvent {
}
