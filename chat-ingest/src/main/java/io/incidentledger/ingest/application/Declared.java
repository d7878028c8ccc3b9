package io.incidentledger.ingest.application;

import io.incidentledger.api.id.IncidentRef;

/** The answer to a declaration: the new incident's reference and the reply, or why nothing was declared. */
public sealed interface Declared {

    ChatReply reply();

    /** {@code ref} is the incident this delivery declared, also when it was a retry of one already taken. */
    record Opened(IncidentRef ref, ChatReply reply) implements Declared {
    }

    /** Nothing was declared: not part of it, not any of it. */
    record Refused(ChatReply reply) implements Declared {
    }
}
