package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRole;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A null assignee unassigns the role. */
public record AssignRole(
        @TargetAggregateIdentifier IncidentId incidentId,
        IncidentRole role,
        ChatUser assignee,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
