package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A null or blank reason is recorded as "Cancelled.". */
public record CancelMaintenance(@TargetAggregateIdentifier MaintenanceRef ref, String reason, ChatOrigin by,
                                String deliveryId, Instant at) implements MaintenanceCommand {
}
