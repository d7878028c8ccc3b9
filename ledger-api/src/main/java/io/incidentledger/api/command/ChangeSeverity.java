package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeSeverity(
        @TargetAggregateIdentifier IncidentId incidentId,
        Severity severity,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
