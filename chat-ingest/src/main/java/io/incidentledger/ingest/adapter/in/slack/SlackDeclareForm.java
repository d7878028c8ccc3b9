package io.incidentledger.ingest.adapter.in.slack;

import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.InvalidChatInput;
import io.incidentledger.api.id.Severity;
import io.incidentledger.ingest.command.NewIncident;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The submitted declare form, read into what to declare. A field Slack could only have sent wrong (a tampered
 * option, a user id no platform has) is named with its block id, so the form shows it under that field.
 */
final class SlackDeclareForm {

    private SlackDeclareForm() {
    }

    sealed interface Reading {
    }

    record Read(NewIncident incident) implements Reading {
    }

    record Wrong(String block, String problem) implements Reading {
    }

    static Reading read(SlackFormValues form) {
        var severity = Severity.parse(form.selected("severity", "3"));
        if (severity.isEmpty()) {
            return new Wrong("severity", "Pick a severity from 1 (critical) to 4.");
        }
        ChatUser lead;
        try {
            String id = form.user("lead");
            lead = id == null ? null : new ChatUser(id, null);
        } catch (InvalidChatInput invalid) {
            return new Wrong("lead", invalid.getMessage());
        }
        // as in `components=a,b`: a component picked by name is partly out
        Map<String, ComponentStatus> components = new LinkedHashMap<>();
        form.options("components").forEach(name -> components.put(name, ComponentStatus.PARTIAL_OUTAGE));
        return new Read(new NewIncident(form.text("title"), severity.get(), lead, components, form.text("summary"),
                form.text("impact")));
    }
}
