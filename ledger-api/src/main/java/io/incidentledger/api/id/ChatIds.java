package io.incidentledger.api.id;

/** Platform ids (users, channels, messages, threads) fit the ledger's columns: at most {@value #MAX_LENGTH} characters. */
public final class ChatIds {

    public static final int MAX_LENGTH = 100;

    private ChatIds() {
    }

    /** {@code id} itself (null allowed: not every message is in a thread); refused when longer than the limit. */
    public static String bounded(String id, String what) {
        if (id != null && id.length() > MAX_LENGTH) {
            throw new InvalidChatInput("A " + what + " id is at most " + MAX_LENGTH + " characters; this one has " + id.length() + ".");
        }
        return id;
    }
}
