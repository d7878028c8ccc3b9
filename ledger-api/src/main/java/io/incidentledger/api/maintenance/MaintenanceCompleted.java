package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;

/** Over, by hand or at its end time; its components return. */
public record MaintenanceCompleted(MaintenanceRef ref, ChatOrigin by, Instant at) implements MaintenanceEvent {
}
