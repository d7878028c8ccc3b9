package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;

/** Work began, by hand or at its start time; its components are under maintenance from now. */
public record MaintenanceStarted(MaintenanceRef ref, ChatOrigin by, Instant at) implements MaintenanceEvent {
}
