package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteMaintenance(@TargetAggregateIdentifier MaintenanceRef ref, ChatOrigin by, String deliveryId, Instant at)
        implements MaintenanceCommand {
}
