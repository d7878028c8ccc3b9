package io.incidentledger.api.id;

/** Input from a chat platform that breaks one of the ledger's limits: a clear 4xx or reply, never a 5xx. */
public class InvalidChatInput extends IllegalArgumentException {

    public InvalidChatInput(String message) {
        super(message);
    }
}
