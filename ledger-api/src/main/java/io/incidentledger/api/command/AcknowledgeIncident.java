package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AcknowledgeIncident(
        @TargetAggregateIdentifier IncidentId incidentId,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
