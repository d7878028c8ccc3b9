package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases one message's text ({@code messageId}), or all of the incident's chat when it is null; allowed after close. */
public record RedactChatText(
        @TargetAggregateIdentifier IncidentId incidentId,
        String messageId,
        String reason,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
