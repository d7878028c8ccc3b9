package io.incidentledger.ingest.application;

import io.incidentledger.api.audit.CommandAttempted;
import io.incidentledger.api.id.IncidentRef;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/** Writes the command history into the ledger: accepted and refused attempts alike. */
@Component
class CommandAudit {

    private final EventGateway events;

    CommandAudit(EventGateway events) {
        this.events = events;
    }

    void accepted(ChatCommand chat, String command, IncidentRef ref, String reply) {
        record(chat, command, ref, true, reply);
    }

    void refused(ChatCommand chat, String command, IncidentRef ref, String reason) {
        record(chat, command, ref, false, reason);
    }

    private void record(ChatCommand chat, String command, IncidentRef ref, boolean accepted, String outcome) {
        events.publish(new CommandAttempted(ref, command, chat.text(), chat.origin(), chat.deliveryId(), accepted,
                outcome, chat.receivedAt()));
    }
}
