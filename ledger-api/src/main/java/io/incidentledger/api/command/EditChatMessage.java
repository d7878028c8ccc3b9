package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatIds;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EditChatMessage(
        @TargetAggregateIdentifier IncidentId incidentId,
        String messageId,
        String text,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {

    public EditChatMessage {
        ChatIds.bounded(messageId, "message");
    }
}
