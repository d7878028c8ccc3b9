package io.incidentledger.ingest.command;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.DeclareIncident;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to declare, typed: from {@code declare …} in chat or from a form. A null severity is SEV3, a null lead the
 * declarer; summary and impact are optional and declared with the rest, never as later commands.
 */
public record NewIncident(String title, Severity severity, ChatUser lead, Map<String, ComponentStatus> components,
                          String summary, String impact) {

    public NewIncident {
        severity = severity == null ? Severity.SEV3 : severity;
        components = components == null ? Map.of() : Map.copyOf(components);
    }

    static NewIncident from(ParsedCommand parsed) {
        Severity severity = parsed.optional("severity").map(value -> Severity.parse(value).orElseThrow(() ->
                new CommandRefused("Severity must be 1 to 4 (1 is critical), not '" + value + "'."))).orElse(null);
        ChatUser lead = parsed.optional("lead").map(NewIncident::person).orElse(null);
        return new NewIncident(parsed.parameter("title"), severity, lead,
                components(parsed.optional("components").orElse("")), null, null);
    }

    public DeclareIncident toCommand(ChatOrigin by, String deliveryId, Instant at) {
        return new DeclareIncident(IncidentId.random(), title, severity, lead, components, by, deliveryId, at, summary, impact);
    }

    /** {@code api,web:degraded_performance}: a name alone means a partial outage. */
    static Map<String, ComponentStatus> components(String list) {
        Map<String, ComponentStatus> components = new LinkedHashMap<>();
        for (String item : list.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.strip().split(":", 2);
            ComponentStatus status = parts.length == 1 ? ComponentStatus.PARTIAL_OUTAGE : ComponentStatus.parse(parts[1])
                    .orElseThrow(() -> new CommandRefused("'" + parts[1] + "' isn't a component status; use operational, "
                            + "degraded_performance, partial_outage, major_outage or under_maintenance."));
            components.put(parts[0], status);
        }
        return components;
    }

    static ChatUser person(String word) {
        return Mentions.parse(word).orElseThrow(() -> new CommandRefused(Mentions.notAPerson(word)));
    }
}
