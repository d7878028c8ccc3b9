package io.incidentledger.ingest.application;

import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.command.ParsedCommand;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words of the bot's replies, platform-neutral; adapters escape and format them. */
final class Replies {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Replies() {
    }

    static String accepted(ParsedCommand parsed, IncidentSummary incident, Object result) {
        var ref = incident.ref();
        return switch (parsed.name()) {
            case "ack" -> ref + " acknowledged: " + incident.lead().name() + " and the team are on it.";
            case "status" -> ref + " is now " + parsed.parameter("state") + ": " + parsed.parameter("message");
            case "resolve" -> ref + " is now resolved: " + parsed.parameter("message");
            case "update" -> "Update posted to " + ref + ": " + parsed.parameter("message");
            case "severity" -> ref + " severity " + incident.severity() + " → SEV" + parsed.parameter("level") + ".";
            case "lead" -> parsed.parameter("user") + " now leads " + ref + ".";
            case "role" -> ref + " " + parsed.parameter("role") + ": " + parsed.parameter("user") + ".";
            case "summary", "impact", "title" -> ref + " " + parsed.name() + " updated.";
            case "note" -> "Note added to " + ref + "'s timeline (not public).";
            case "component" -> parsed.parameter("name") + " is now " + parsed.parameter("state") + " (" + ref + ").";
            case "action" -> "Action " + result + " added to " + ref + ".";
            case "action-done" -> "Action " + parsed.parameter("number") + " of " + ref + " is done.";
            case "action-reopen" -> "Action " + parsed.parameter("number") + " of " + ref + " is open again.";
            case "link" -> "This channel is now linked to " + ref + ": commands here need no reference.";
            case "close" -> ref + " is closed.";
            case "reopen" -> ref + " is open again: " + parsed.parameter("reason");
            default -> "Done.";
        };
    }

    static String show(IncidentSummary incident) {
        return incident.ref() + ": " + incident.title() + "\n"
                + "Status: " + incident.status().wireName() + " · " + incident.severity() + "\n"
                + "Lead: " + name(incident.lead()) + " · Comms: " + name(incident.comms()) + " · Scribe: " + name(incident.scribe()) + "\n"
                + (incident.summary() == null ? "" : "Summary: " + incident.summary() + "\n")
                + (incident.impact() == null ? "" : "Impact: " + incident.impact() + "\n")
                + "Declared " + WHEN.format(incident.declaredAt()) + ", last change " + WHEN.format(incident.updatedAt());
    }

    static String list(List<IncidentSummary> open) {
        if (open.isEmpty()) {
            return "No open incidents.";
        }
        return open.stream().map(i -> i.ref() + " · " + i.status().wireName() + " · " + i.severity() + " · "
                + i.title() + " · lead " + name(i.lead())).collect(Collectors.joining("\n"));
    }

    private static String name(io.incidentledger.api.id.ChatUser user) {
        return user == null ? "nobody" : user.name();
    }
}
