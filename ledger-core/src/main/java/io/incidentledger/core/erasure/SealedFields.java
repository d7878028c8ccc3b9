package io.incidentledger.core.erasure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.incidentledger.api.event.ChatMessageDeleted;
import io.incidentledger.api.event.ChatMessageEdited;
import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.MessagePinned;
import io.incidentledger.api.event.ReactionAdded;
import java.io.IOException;
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

    private static final JsonFactory JSON = new JsonFactory();

    private SealedFields() {
    }

    /** The sealed fields of a stored type name; empty for a type without chat text. */
    public static List<String> of(String typeName) {
        return BY_TYPE.getOrDefault(typeName, List.of());
    }

    /**
     * The message id at the top level of a chat event's stored payload, read without decoding the event; the
     * incident-wide key's id when it has none (or the payload does not read: its decoding will say why).
     */
    public static String messageIdOf(byte[] payload) {
        try (JsonParser parser = JSON.createParser(payload)) {
            return TopLevelField.seek(parser, "messageId") == JsonToken.VALUE_STRING
                    ? parser.getText() : ChatKeyStore.INCIDENT_WIDE;
        } catch (IOException unreadable) {
            // the serializer will say what is wrong with it when the event is read
            return ChatKeyStore.INCIDENT_WIDE;
        }
    }
}
