package io.incidentledger.ingest.testdata;

import io.incidentledger.api.json.LedgerJson;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/** Events as a tracking processor receives them from the store: still serialized, decoded only when asked; counted. */
public final class StoredEvents {

    private final AtomicInteger decoded = new AtomicInteger();
    private final JacksonSerializer serializer = new JacksonSerializer(JacksonSerializer.builder()
            .objectMapper(LedgerJson.newMapper())) {
        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            decoded.incrementAndGet();
            return super.deserialize(serializedObject);
        }
    };

    public EventMessage<?> stored(Object event, Instant at) {
        var message = new SerializedMessage<>(UUID.randomUUID().toString(), serializer.serialize(event, byte[].class),
                serializer.serialize(MetaData.emptyInstance(), byte[].class), serializer);
        return new GenericEventMessage<>(message, () -> at);
    }

    /** Payloads and metadata decoded so far. */
    public int decoded() {
        return decoded.get();
    }
}
