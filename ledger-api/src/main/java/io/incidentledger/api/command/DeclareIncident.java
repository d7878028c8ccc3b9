package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a new incident. Its handler answers with the new {@link io.incidentledger.api.id.IncidentRef}. */
public record DeclareIncident(
        @TargetAggregateIdentifier IncidentId incidentId,
        String title,
        Severity severity,
        ChatOrigin origin,
        String deliveryId,
        Instant requestedAt) {
}
