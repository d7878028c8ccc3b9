package io.incidentledger.ingest.adapter.out.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.query.IncidentSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The incident's Adaptive Card headline, rendered from the ledger's state. */
final class TeamsCard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TeamsCard() {
    }

    static Activity activity(IncidentSummary incident) {
        Activity activity = Activity.createMessageActivity();
        activity.setText(incident.ref() + " · " + incident.status().wireName() + " · " + incident.title());
        Attachment card = new Attachment();
        card.setContentType("application/vnd.microsoft.card.adaptive");
        try {
            card.setContent(new CardJson(JSON.writeValueAsString(content(incident))));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        activity.setAttachments(List.of(card));
        return activity;
    }

    static Map<String, Object> content(IncidentSummary incident) {
        List<Object> body = new ArrayList<>();
        body.add(Map.of("type", "TextBlock", "size", "Large", "weight", "Bolder", "wrap", true,
                "text", incident.ref() + " · " + incident.title()));
        body.add(Map.of("type", "FactSet", "facts", List.of(
                fact("Status", incident.status().wireName()), fact("Severity", incident.severity().name()),
                fact("Lead", name(incident.lead())), fact("Comms", name(incident.comms())),
                fact("Started", "{{DATE(" + incident.declaredAt() + ", SHORT)}} {{TIME(" + incident.declaredAt() + ")}}"))));
        if (incident.summary() != null) {
            body.add(Map.of("type", "TextBlock", "wrap", true, "text", incident.summary()));
        }
        body.add(Map.of("type", "TextBlock", "wrap", true, "isSubtle", true,
                "text", "Reply in this thread: every message is recorded. Mention me with `status identified <message>`, `update <message>`, `close`…"));
        return Map.of("type", "AdaptiveCard", "$schema", "http://adaptivecards.io/schemas/adaptive-card.json",
                "version", "1.4", "body", body);
    }

    private static Map<String, String> fact(String title, String value) {
        return Map.of("title", title, "value", value);
    }

    private static String name(ChatUser user) {
        return user == null ? "nobody yet" : user.name();
    }
}
