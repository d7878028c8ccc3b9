package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;

/**
 * A recurring window completed and is scheduled again, one period later, under the same reference: its occurrences
 * are one aggregate, so cancelling it calls off the rest, and {@code occurrence} counts from 1.
 */
public record MaintenanceRecurred(MaintenanceRef ref, int occurrence, Instant startsAt, Instant endsAt,
                                  Recurrence recurrence, ChatOrigin by, Instant at) implements MaintenanceEvent {
}
