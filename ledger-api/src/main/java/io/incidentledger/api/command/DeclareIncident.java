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
 * A null lead makes the declarer the lead. Summary and impact, when given, are recorded with the declaration, so a
 * form that declares with them either declares all of it or nothing.
 */
public record DeclareIncident(
        @TargetAggregateIdentifier IncidentId incidentId,
        String title,
        Severity severity,
        ChatUser lead,
        Map<String, ComponentStatus> components,
        ChatOrigin by,
        String deliveryId,
        Instant at,
        String summary,
        String impact) implements IncidentCommand {

    public DeclareIncident {
        components = components == null ? Map.of() : Map.copyOf(components);
        summary = summary == null || summary.isBlank() ? null : summary;
        impact = impact == null || impact.isBlank() ? null : impact;
    }

    /** A declaration with neither summary nor impact, as {@code declare <title>} in chat makes. */
    public DeclareIncident(IncidentId incidentId, String title, Severity severity, ChatUser lead,
                           Map<String, ComponentStatus> components, ChatOrigin by, String deliveryId, Instant at) {
        this(incidentId, title, severity, lead, components, by, deliveryId, at, null, null);
    }
}
