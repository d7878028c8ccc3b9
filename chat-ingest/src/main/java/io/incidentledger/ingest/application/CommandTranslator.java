package io.incidentledger.ingest.application;

import io.incidentledger.api.command.*;
import io.incidentledger.api.id.*;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.command.Mentions;
import io.incidentledger.ingest.command.ParsedCommand;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a parsed chat command into the ledger command it stands for. Refuses extras it cannot read. */
final class CommandTranslator {

    private CommandTranslator() {
    }

    static DeclareIncident declare(ParsedCommand parsed, ChatCommand chat) {
        Severity severity = parsed.optional("severity").map(value -> Severity.parse(value).orElseThrow(() ->
                new CommandRefused("Severity must be 1 to 4 (1 is critical), not '" + value + "'."))).orElse(Severity.SEV3);
        ChatUser lead = parsed.optional("lead").map(CommandTranslator::person).orElse(null);
        return new DeclareIncident(IncidentId.random(), parsed.parameter("title"), severity, lead,
                components(parsed.optional("components").orElse("")), chat.origin(), chat.deliveryId(), chat.receivedAt());
    }

    static IncidentCommand toCommand(ParsedCommand parsed, IncidentSummary incident, ChatCommand chat) {
        IncidentId id = incident.incidentId();
        var by = chat.origin();
        String delivery = chat.deliveryId();
        var at = chat.receivedAt();
        return switch (parsed.name()) {
            case "ack" -> new AcknowledgeIncident(id, by, delivery, at);
            case "status" -> new ChangeStatus(id, IncidentStatus.parse(parsed.parameter("state")).orElseThrow(),
                    parsed.parameter("message"), by, delivery, at);
            case "resolve" -> new ChangeStatus(id, IncidentStatus.RESOLVED, parsed.parameter("message"), by, delivery, at);
            case "update" -> new PostPublicUpdate(id, parsed.parameter("message"), by, delivery, at);
            case "severity" -> new ChangeSeverity(id, Severity.parse(parsed.parameter("level")).orElseThrow(), by, delivery, at);
            case "lead" -> new AssignRole(id, IncidentRole.LEAD, personOrNobody(parsed.parameter("user")), by, delivery, at);
            case "role" -> new AssignRole(id, IncidentRole.parse(parsed.parameter("role")).orElseThrow(),
                    personOrNobody(parsed.parameter("user")), by, delivery, at);
            case "summary" -> new EditIncidentText(id, IncidentTextField.SUMMARY, parsed.parameter("text"), by, delivery, at);
            case "impact" -> new EditIncidentText(id, IncidentTextField.IMPACT, parsed.parameter("text"), by, delivery, at);
            case "title" -> new EditIncidentText(id, IncidentTextField.TITLE, parsed.parameter("text"), by, delivery, at);
            case "note" -> new AddInternalNote(id, parsed.parameter("text"), by, delivery, at);
            case "component" -> new SetComponentStatus(id, parsed.parameter("name"),
                    ComponentStatus.parse(parsed.parameter("state")).orElseThrow(), by, delivery, at);
            case "action" -> new AddFollowUpAction(id, parsed.parameter("text"), by, delivery, at);
            case "action-done" -> new CompleteFollowUpAction(id, Integer.parseInt(parsed.parameter("number")), by, delivery, at);
            case "action-reopen" -> new ReopenFollowUpAction(id, Integer.parseInt(parsed.parameter("number")), by, delivery, at);
            case "link" -> new LinkChannel(id, by.channelId(), by, delivery, at);
            case "close" -> new CloseIncident(id, parsed.parameter("note"), by, delivery, at);
            case "reopen" -> new ReopenIncident(id, parsed.parameter("reason"), by, delivery, at);
            default -> throw new IllegalArgumentException("No ledger command for " + parsed.name());
        };
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

    private static ChatUser personOrNobody(String word) {
        return Mentions.isNobody(word) ? null : person(word);
    }

    private static ChatUser person(String word) {
        return Mentions.parse(word).orElseThrow(() -> new CommandRefused(Mentions.notAPerson(word)));
    }
}
