package io.incidentledger.status.notify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.ChatOrigin;
import java.io.IOException;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

/**
 * Who sent a chat event, read from its stored form: the top-level {@code by} of every incident event, which is never
 * sealed. Decoding the event would open its text, with the AES-GCM and the key that takes, only to learn a name.
 */
final class StoredAuthor {

    private StoredAuthor() {
    }

    /** Empty when the stored form has no readable {@code by}: the name is learnt from the author's next event. */
    static Optional<ChatOrigin> of(EventMessage<?> message, Serializer events, ObjectMapper json) {
        byte[] stored = message.serializePayload(events, byte[].class).getData();
        try (JsonParser parser = json.createParser(stored)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("by".equals(field)) {
                    return value == JsonToken.START_OBJECT ? Optional.of(json.readValue(parser, ChatOrigin.class)) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
