package io.incidentledger.core.erasure;

import io.incidentledger.api.event.ChatMessageDeleted;
import io.incidentledger.api.event.ChatMessageEdited;
import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.MessagePinned;
import io.incidentledger.api.event.ReactionAdded;
import java.util.List;
import java.util.Map;

/**
 * The chat text of each chat event, sealed under its message's key. Internal notes are not here: a note is a
 * command's argument, and the command history keeps the whole command line in plain anyway.
 */
public final class SealedFields {

    private static final Map<String, List<String>> BY_TYPE = Map.of(
            ChatMessageRecorded.class.getName(), List.of("text"),
            ChatMessageEdited.class.getName(), List.of("previousText", "text"),
            ChatMessageDeleted.class.getName(), List.of("previousText"),
            ReactionAdded.class.getName(), List.of("text"),
            MessagePinned.class.getName(), List.of("text"));

    private SealedFields() {
    }

    /** The sealed fields of a stored type name; empty for a type without chat text. */
    public static List<String> of(String typeName) {
        return BY_TYPE.getOrDefault(typeName, List.of());
    }
}
