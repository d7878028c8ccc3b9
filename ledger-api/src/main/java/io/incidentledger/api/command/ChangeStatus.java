package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentStatus;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves the status; the message becomes a public update. */
public record ChangeStatus(
        @TargetAggregateIdentifier IncidentId incidentId,
        IncidentStatus to,
        String message,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
