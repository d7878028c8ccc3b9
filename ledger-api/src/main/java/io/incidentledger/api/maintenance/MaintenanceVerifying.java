package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;

/** The work is done and being checked; the components stay under maintenance. */
public record MaintenanceVerifying(MaintenanceRef ref, ChatOrigin by, Instant at) implements MaintenanceEvent {
}
