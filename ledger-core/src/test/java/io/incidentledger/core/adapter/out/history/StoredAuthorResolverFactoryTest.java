package io.incidentledger.core.adapter.out.history;

import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.REF;
import static io.incidentledger.core.testdata.Commands.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.history.StoredAuthor;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.core.erasure.ChatKeys;
import io.incidentledger.core.erasure.MasterKey;
import io.incidentledger.core.erasure.SealingSerializer;
import io.incidentledger.core.testdata.CountingChatKeys;
import io.incidentledger.core.testdata.MemoryChatKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;

/** A handler takes a chat event's author as stored: no key is read and no text is opened to learn a name. */
class StoredAuthorResolverFactoryTest {

    private final MemoryChatKeys stored = new MemoryChatKeys();
    private final CountingChatKeys keys = new CountingChatKeys(stored);
    private final MasterKey master = MasterKey.fromBase64(MasterKey.generate());
    private final SealingSerializer writing = new SealingSerializer(LedgerJson.newMapper(), new ChatKeys(master, stored));
    private final SealingSerializer reading = new SealingSerializer(LedgerJson.newMapper(), new ChatKeys(master, keys));
    private final StoredAuthorResolverFactory authors = new StoredAuthorResolverFactory(() -> reading, LedgerJson.newMapper());

    @Test
    void givenASealedChatMessage_whenAHandlerTakesItsStoredAuthor_thenItGetsTheAuthorAndNoKeyIsRead() throws Exception {
        IncidentId incident = IncidentId.of(UUID.randomUUID().toString());
        var said = new ChatMessageRecorded(incident, REF, "1700." + UUID.randomUUID(), null, "db pool exhausted", ORIGIN, T0);
        var authorsSeen = new AuthorsSeen();

        handlers(authorsSeen).handle(read(incident, writing.serialize(said, byte[].class).getData()));

        assertThat(authorsSeen.by).containsExactly(ORIGIN);
        assertThat(keys.readsOneByOne + keys.prefetches).as("key reads").isZero();
    }

    @Test
    void givenStoredFormsWithoutAReadableAuthor_whenAHandlerTakesIt_thenItGetsNullAndNothingFails() throws Exception {
        IncidentId incident = IncidentId.of(UUID.randomUUID().toString());
        var authorsSeen = new AuthorsSeen();
        var handlers = handlers(authorsSeen);

        for (String hostile : List.of("{\"by\":\"someone\"}", "{\"by\":[1,2]}", "{\"by\":{\"platform\":\"IRC\"}}",
                "{\"text\":\"no author\"}", "[]", "{\"by\":{\"platform\":", "\"just a string\"")) {
            handlers.handle(read(incident, hostile.getBytes(StandardCharsets.UTF_8)));
        }

        assertThat(authorsSeen.by).hasSize(7).containsOnlyNulls();
    }

    @Test
    void givenAStoredAuthorOfAnotherType_whenTheHandlerIsInspected_thenItIsRefusedAtOnce() {
        assertThatThrownBy(() -> handlers(new WrongType())).hasMessageContaining("@StoredAuthor takes a ChatOrigin");
    }

    private AnnotationEventHandlerAdapter handlers(Object handler) {
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(handler.getClass()), authors);
        return new AnnotationEventHandlerAdapter(handler, resolvers);
    }

    // as the event store reads a row: the stored bytes behind a lazily decoded message
    private DomainEventMessage<?> read(IncidentId incident, byte[] payload) {
        var row = new GenericDomainEventEntry<>("Incident", incident.value(), 0, UUID.randomUUID().toString(), T0,
                ChatMessageRecorded.class.getName(), null, payload, writing.serialize(MetaData.emptyInstance(), byte[].class).getData());
        return EventStreamUtils.upcastAndDeserializeDomainEvents(java.util.stream.Stream.of(row), reading,
                NoOpEventUpcaster.INSTANCE).next();
    }

    static final class AuthorsSeen {
        final List<ChatOrigin> by = new ArrayList<>();

        @EventHandler(payloadType = ChatMessageRecorded.class)
        void said(@StoredAuthor ChatOrigin author) {
            by.add(author);
        }
    }

    static final class WrongType {
        @EventHandler(payloadType = ChatMessageRecorded.class)
        void said(@StoredAuthor String author) {
        }
    }
}
