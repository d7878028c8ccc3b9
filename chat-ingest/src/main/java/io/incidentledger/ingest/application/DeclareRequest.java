package io.incidentledger.ingest.application;

import io.incidentledger.ingest.command.NewIncident;

/**
 * A declaration from a form: who asked, where, under which delivery id (the chat's {@code text} is what the
 * command history shows, such as {@code declare (form)}), and what to declare, already typed.
 */
public record DeclareRequest(ChatCommand chat, NewIncident incident) {
}
