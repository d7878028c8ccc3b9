package io.incidentledger.api.command;

import io.incidentledger.api.id.IncidentId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Messages of one incident recorded in one transaction: how the chat intake groups concurrent messages under
 * load. A message already in the record (a retried delivery) is skipped, not refused, so one retry cannot
 * refuse the others; the message id, not the delivery id, is what makes a retry harmless here.
 */
public record RecordChatMessages(@TargetAggregateIdentifier IncidentId incidentId, List<RecordChatMessage> messages) {

    public RecordChatMessages {
        messages = List.copyOf(messages);
        if (messages.stream().anyMatch(message -> !message.incidentId().equals(incidentId))) {
            throw new IllegalArgumentException("Every message of a batch belongs to incident " + incidentId);
        }
    }
}
