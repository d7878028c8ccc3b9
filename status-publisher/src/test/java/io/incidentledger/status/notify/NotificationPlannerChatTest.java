package io.incidentledger.status.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.ChatMessageEdited;
import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.MessagePinned;
import io.incidentledger.api.event.ReactionAdded;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.core.adapter.out.history.StoredAuthorResolverFactory;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.testdata.InMemoryDisplayNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * The planner's processor reads every chat event of the ledger: it learns each author's name as stored
 * ({@code @StoredAuthor}), and never decodes (so never unseals) a chat event to do so.
 */
class NotificationPlannerChatTest {

    private static final IncidentId INCIDENT = IncidentId.of(UUID.randomUUID().toString());
    private static final IncidentRef REF = new IncidentRef(7);
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private final ObjectMapper json = LedgerJson.newMapper();
    private final AtomicInteger decoded = new AtomicInteger();
    private final JacksonSerializer events = new JacksonSerializer(JacksonSerializer.builder().objectMapper(json)) {
        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            decoded.incrementAndGet();
            return super.deserialize(serializedObject);
        }
    };
    private final InMemoryDisplayNames names = new InMemoryDisplayNames();
    private final NotificationPlanner planner = new NotificationPlanner(null, null, names, properties(), json,
            Clock.systemUTC());
    // Axon's own resolvers and the ledger's, as the app's Spring context offers them
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(planner,
            MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(NotificationPlanner.class),
                    new StoredAuthorResolverFactory(() -> events, json)));

    @Test
    void givenChatFromFourPeople_whenThePlannerReadsIt_thenItKnowsTheirNamesAndDecodedNoEvent() throws Exception {
        handlers.handle(stored(new ChatMessageRecorded(INCIDENT, REF, "1700.1", null, "db pool exhausted",
                by("U0ADA", "Ada Lovelace"), AT)));
        handlers.handle(stored(new ChatMessageEdited(INCIDENT, REF, "1700.1", "db pool exhausted", "db pool at 100 %",
                by("U0BOB", "Bob Builder"), AT)));
        handlers.handle(stored(new ReactionAdded(INCIDENT, REF, "1700.1", "eyes", "db pool at 100 %",
                by("U0CAT", "Cat Stevens"), AT)));
        handlers.handle(stored(new MessagePinned(INCIDENT, REF, "1700.1", "db pool at 100 %", AT,
                by("U0DAN", "Dan Brown"), AT)));

        assertThat(names.all()).containsExactlyInAnyOrderEntriesOf(Map.of("U0ADA", "Ada Lovelace", "U0BOB", "Bob Builder",
                "U0CAT", "Cat Stevens", "U0DAN", "Dan Brown"));
        assertThat(decoded).as("no chat event was decoded").hasValue(0);
    }

    @Test
    void givenAStoredFormWithoutAnAuthor_whenThePlannerReadsIt_thenItLearnsNothingAndDoesNotFail() throws Exception {
        var unreadable = new SerializedMessage<>(UUID.randomUUID().toString(), new SimpleSerializedObject<>(
                "{\"by\":\"someone\"}".getBytes(), byte[].class, ChatMessageRecorded.class.getName(), null),
                events.serialize(MetaData.emptyInstance(), byte[].class), events);

        handlers.handle(new GenericEventMessage<>(unreadable, () -> AT));

        assertThat(names.all()).isEmpty();
    }

    private EventMessage<?> stored(Object event) {
        SerializedObject<byte[]> payload = events.serialize(event, byte[].class);
        var message = new SerializedMessage<>(UUID.randomUUID().toString(), payload,
                events.serialize(MetaData.emptyInstance(), byte[].class), events);
        return new GenericEventMessage<>(message, () -> AT);
    }

    private static ChatOrigin by(String id, String name) {
        return new ChatOrigin(Platform.SLACK, "C0INC", new ChatUser(id, name));
    }

    private static StatusPageProperties properties() {
        return new StatusPageProperties("it", "IT status", "http://localhost", new StatusPageProperties.Export(null,
                Duration.ofSeconds(2)), new StatusPageProperties.Notifications(List.of(), Map.of(), Duration.ofHours(1),
                Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(400)), null);
    }
}
