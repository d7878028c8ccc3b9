package io.incidentledger.ingest.command;

import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.query.IncidentSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words of {@code show} and {@code list}, platform-neutral; adapters escape and format them. */
final class Listing {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Listing() {
    }

    static String show(IncidentSummary incident) {
        return incident.ref() + ": " + incident.title() + "\n"
                + "Status: " + incident.status().wireName() + " · " + incident.severity() + "\n"
                + "Lead: " + name(incident.lead()) + " · Comms: " + name(incident.comms()) + " · Scribe: " + name(incident.scribe()) + "\n"
                + (incident.summary() == null ? "" : "Summary: " + incident.summary() + "\n")
                + (incident.impact() == null ? "" : "Impact: " + incident.impact() + "\n")
                + "Declared " + WHEN.format(incident.declaredAt()) + ", last change " + WHEN.format(incident.updatedAt());
    }

    static String open(List<IncidentSummary> open) {
        if (open.isEmpty()) {
            return "No open incidents.";
        }
        return open.stream().map(i -> i.ref() + " · " + i.status().wireName() + " · " + i.severity() + " · "
                + i.title() + " · lead " + name(i.lead())).collect(Collectors.joining("\n"));
    }

    private static String name(ChatUser user) {
        return user == null ? "nobody" : user.name();
    }
}
