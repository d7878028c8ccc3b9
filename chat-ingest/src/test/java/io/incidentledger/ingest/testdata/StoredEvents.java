package io.incidentledger.ingest.testdata;

import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.ReactionAdded;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.json.LedgerJson;
import java.time.Instant;
import java.util.List;
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

    /** A message said in a fresh incident and a reaction to it, both stored: chat that changes no headline. */
    public List<EventMessage<?>> chatInAFreshIncident(Instant at) {
        IncidentId incident = IncidentId.of(UUID.randomUUID().toString());
        var by = new ChatOrigin(Platform.SLACK, "C0INC", new ChatUser("U0ADA", "Ada"));
        return List.of(
                stored(new ChatMessageRecorded(incident, new IncidentRef(3), "1700.1", null, "db pool exhausted", by, at), at),
                stored(new ReactionAdded(incident, new IncidentRef(3), "1700.1", "eyes", "db pool exhausted", by, at), at));
    }

    /** Payloads and metadata decoded so far. */
    public int decoded() {
        return decoded.get();
    }
}
