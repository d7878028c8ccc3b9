package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentTextField;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Edits the title, the summary or the impact text. */
public record EditIncidentText(
        @TargetAggregateIdentifier IncidentId incidentId,
        IncidentTextField field,
        String text,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {
}
