package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PostPublicUpdate(
        @TargetAggregateIdentifier IncidentId incidentId,
        String message,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
