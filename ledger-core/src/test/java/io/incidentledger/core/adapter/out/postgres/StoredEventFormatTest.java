package io.incidentledger.core.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentledger.api.audit.CommandAttempted;
import io.incidentledger.api.event.ChatTextRevision;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.core.chain.CanonicalJson;
import io.incidentledger.core.erasure.ChatTextUpcaster;
import io.incidentledger.core.erasure.SealedFields;
import io.incidentledger.core.erasure.SealingSerializer;
import io.incidentledger.core.testdata.MemoryChatKeys;
import io.incidentledger.core.testdata.StoredFixtureKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stored event type at its current revision, as a JSON fixture under {@code src/test/resources/events/<revision>/}
 * ({@code unrevised} for none), read through the event serializer the app uses (it opens sealed chat text): a change
 * that would leave stored events unreadable, or read them with a field lost, fails here. A new {@code @Revision} needs
 * a fixture beside the old one, which must still read, through the upcaster, as the new one.
 */
class StoredEventFormatTest {

    private final ObjectMapper mapper = LedgerJson.newMapper();
    private final Serializer events = new SealingSerializer(mapper, StoredFixtureKeys.chatKeys(new MemoryChatKeys()));

    static Stream<Class<?>> storedTypes() {
        List<Class<?>> types = new ArrayList<>(Arrays.asList(IncidentEvent.class.getPermittedSubclasses()));
        types.add(CommandAttempted.class);
        return types.stream();
    }

    static Stream<Class<?>> sealedTypes() {
        return storedTypes().filter(type -> !SealedFields.of(type.getName()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("storedTypes")
    void theStoredFixtureAtItsCurrentRevisionReadsBackFieldForField(Class<?> type) throws IOException {
        SerializedType current = events.typeForClass(type);
        byte[] stored = fixture(current);

        Object read = events.deserialize(new SimpleSerializedObject<>(stored, byte[].class, current));

        assertThat(read).isInstanceOf(type);
        assertThat(Arrays.stream(type.getRecordComponents()).map(component -> value(component, read)))
                .as("every field of %s has its stored value", type.getSimpleName()).doesNotContainNull();
        var written = events.serialize(read, byte[].class);
        assertThat((Object) events.deserialize(written)).isEqualTo(read);
        // a sealed text is sealed afresh (a new nonce) each time; every other byte is written as it was stored
        assertThat(withoutSealedText(type, written.getData())).isEqualTo(withoutSealedText(type, stored));
    }

    @ParameterizedTest
    @MethodSource("sealedTypes")
    void theOldRevisionInPlainReadsThroughTheUpcasterAsTheSealedRevision(Class<?> type) throws IOException {
        byte[] old = fixture(new SimpleSerializedType(type.getName(), null));
        byte[] sealed = fixture(events.typeForClass(type));
        var entry = new GenericDomainEventEntry<>("Incident", "6f1d4a52-55d4-4e6a-a2b8-3f2f0a0b9c11", 3, "e-3",
                "2026-11-22T09:15:30.123Z", type.getName(), null, old, "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new ChatTextUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, events))).toList();

        assertThat(upcast).singleElement().satisfies(representation -> {
            assertThat(representation.getType().getRevision()).isEqualTo(ChatTextRevision.SEALED);
            assertThat((Object) events.deserialize(representation.getData()))
                    .isEqualTo(events.deserialize(new SimpleSerializedObject<>(sealed, byte[].class, events.typeForClass(type))));
        });
        assertThat(new String(sealed, StandardCharsets.UTF_8)).as("the sealed fixture holds no chat text")
                .doesNotContain("the text", "the previousText");
    }

    private String withoutSealedText(Class<?> type, byte[] json) throws IOException {
        ObjectNode tree = (ObjectNode) mapper.readTree(json);
        tree.remove(SealedFields.of(type.getName()));
        return new String(CanonicalJson.bytes(CanonicalJson.parse(mapper.writeValueAsBytes(tree))), StandardCharsets.UTF_8);
    }

    private static byte[] fixture(SerializedType type) throws IOException {
        String simpleName = type.getName().substring(type.getName().lastIndexOf('.') + 1);
        String path = "/events/" + (type.getRevision() == null ? "unrevised" : type.getRevision()) + "/" + simpleName + ".json";
        try (InputStream in = StoredEventFormatTest.class.getResourceAsStream(path)) {
            assertThat(in).as("a stored fixture at %s", path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Object value(java.lang.reflect.RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
