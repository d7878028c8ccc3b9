package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatIds;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code at} is the message's own time. */
public record RecordChatMessage(
        @TargetAggregateIdentifier IncidentId incidentId,
        String messageId,
        String threadId,
        String text,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {

    public RecordChatMessage {
        ChatIds.bounded(messageId, "message");
        ChatIds.bounded(threadId, "thread");
    }
}
