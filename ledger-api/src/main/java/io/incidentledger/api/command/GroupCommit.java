package io.incidentledger.api.command;

/**
 * Several commands, for different incidents, written to the ledger in one commit: the chat intake's group commit
 * across incidents, which pays one transaction and one durable flush for messages that would otherwise each pay
 * their own. All or nothing: if any command fails, or the commit does, none of them is in the ledger and this throws.
 */
public interface GroupCommit {

    /** Runs {@code commands} (each sends its command and waits for it) inside one commit of the ledger. */
    void together(Runnable commands);
}
