package io.incidentledger.ingest.application;

import io.incidentledger.api.id.IncidentRef;

/** The answer to a declaration: the new incident's reference and the reply, or why nothing was declared. */
public sealed interface Declared {

    ChatReply reply();

    /** {@code ref} is the incident this delivery declared, also when it was a retry of one already taken. */
    record Opened(IncidentRef ref, ChatReply reply) implements Declared {
    }

    /** This request declared nothing: a part of it was refused, so none of it was taken. */
    record Refused(ChatReply reply) implements Declared {
    }
}
