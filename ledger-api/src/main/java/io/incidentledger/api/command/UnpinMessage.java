package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatIds;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UnpinMessage(
        @TargetAggregateIdentifier IncidentId incidentId,
        String messageId,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {

    public UnpinMessage {
        ChatIds.bounded(messageId, "message");
    }
}
