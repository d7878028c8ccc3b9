package io.incidentledger.ingest.application;

import java.util.List;

/** How the chat intake writes to the ledger ({@link ChatMessageBatcher} decides what goes together). */
public interface ChatWriter {

    /** One command; throws if it is not in the ledger. */
    void write(Object command);

    /**
     * Commands of several incidents in one commit: every one of them is in the ledger, or (it throws) none is, and
     * each can be written again on its own.
     */
    void writeTogether(List<Object> commands);
}
