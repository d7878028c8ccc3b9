package io.incidentledger.ingest.adapter.out.teams;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A card's JSON, written as is. The SDK's request validator reflects into java.util maps and lists, which Java 17
 * forbids; a single String field is something it leaves alone.
 */
@JsonSerialize(using = CardJson.Writer.class)
final class CardJson {

    private final String json;

    CardJson(String json) {
        this.json = json;
    }

    static final class Writer extends StdSerializer<CardJson> {

        Writer() {
            super(CardJson.class);
        }

        @Override
        public void serialize(CardJson card, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(card.json);
        }
    }
}
