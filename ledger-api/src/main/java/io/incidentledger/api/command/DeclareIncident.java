package io.incidentledger.api.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a new incident; its handler answers with the new {@link io.incidentledger.api.id.IncidentRef}.
 * A null lead makes the declarer the lead.
 */
public record DeclareIncident(
        @TargetAggregateIdentifier IncidentId incidentId,
        String title,
        Severity severity,
        ChatUser lead,
        Map<String, ComponentStatus> components,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements IncidentCommand {

    public DeclareIncident {
        components = components == null ? Map.of() : Map.copyOf(components);
    }
}
