package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetComponentStatus(
        @TargetAggregateIdentifier IncidentId incidentId,
        String component,
        ComponentStatus status,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
