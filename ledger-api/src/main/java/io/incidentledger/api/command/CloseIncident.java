package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closed is final, apart from an explicit reopen. */
public record CloseIncident(
        @TargetAggregateIdentifier IncidentId incidentId,
        String note,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
