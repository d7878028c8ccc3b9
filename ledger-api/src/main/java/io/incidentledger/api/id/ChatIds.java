package io.incidentledger.api.id;

/**
 * Platform ids fit the ledger's columns: a user, message or thread id at most {@value #MAX_LENGTH} characters,
 * a channel at most {@value #MAX_CHANNEL_LENGTH} (a Teams conversation id names its thread and can be long).
 */
public final class ChatIds {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_CHANNEL_LENGTH = 300;

    private ChatIds() {
    }

    /** {@code id} itself (null allowed: not every message is in a thread); refused when longer than the limit. */
    public static String bounded(String id, String what) {
        return bounded(id, what, MAX_LENGTH);
    }

    public static String boundedChannel(String id) {
        return bounded(id, "channel", MAX_CHANNEL_LENGTH);
    }

    private static String bounded(String id, String what, int limit) {
        if (id != null && id.length() > limit) {
            throw new InvalidChatInput("A " + what + " id is at most " + limit + " characters; this one has " + id.length() + ".");
        }
        return id;
    }
}
