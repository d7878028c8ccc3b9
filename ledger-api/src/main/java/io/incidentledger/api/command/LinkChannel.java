package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Binds a channel of the origin's platform to the incident. */
public record LinkChannel(
        @TargetAggregateIdentifier IncidentId incidentId,
        String channelId,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
