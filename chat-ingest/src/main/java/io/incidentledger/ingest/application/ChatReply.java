package io.incidentledger.ingest.application;

/** What the bot answers. {@code announce} replies are shown to the whole channel, the rest only to the sender. */
public record ChatReply(String text, boolean accepted, boolean announce) {

    static ChatReply announced(String text) {
        return new ChatReply(text, true, true);
    }

    static ChatReply privately(String text) {
        return new ChatReply(text, true, false);
    }

    static ChatReply refused(String text) {
        return new ChatReply(text, false, false);
    }
}
