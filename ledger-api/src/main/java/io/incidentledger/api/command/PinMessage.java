package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatIds;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code text} is used when the message was never recorded. */
public record PinMessage(
        @TargetAggregateIdentifier IncidentId incidentId,
        String messageId,
        String text,
        Instant messageAt,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {

    public PinMessage {
        ChatIds.bounded(messageId, "message");
    }
}
