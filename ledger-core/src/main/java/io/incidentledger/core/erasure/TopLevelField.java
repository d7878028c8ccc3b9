package io.incidentledger.core.erasure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds one top-level field of a stored payload without decoding the rest: the other fields are skipped whole. How
 * the ledger reads a chat event's message id or author from its stored bytes, with nothing unsealed.
 */
public final class TopLevelField {

    private TopLevelField() {
    }

    /**
     * Moves {@code parser}, fresh on a stored payload, onto the value of its top-level {@code name} and answers that
     * value's token; null when the payload is not an object or has no such field.
     */
    public static JsonToken seek(JsonParser parser, String name) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals(field)) {
                return value;
            }
            parser.skipChildren();
        }
        return null;
    }
}
