package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;

/** A public update, shown with the status the window had when it was written. */
public record MaintenanceUpdatePosted(MaintenanceRef ref, MaintenanceStatus status, String message, ChatOrigin by,
                                      Instant at) implements MaintenanceEvent {
}
