package io.incidentledger.core.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.audit.CommandAttempted;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.core.chain.CanonicalJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stored event type at its current revision, as a JSON fixture under {@code src/test/resources/events/<revision>/}
 * ({@code unrevised} for none), read through the event serializer the app uses: a change that would leave stored
 * events unreadable, or read them with a field lost, fails here. A new {@code @Revision} needs a fixture beside the
 * old one, which must still read (through an upcaster).
 */
class StoredEventFormatTest {

    private final Serializer events = JacksonSerializer.builder().objectMapper(LedgerJson.newMapper()).build();

    static Stream<Class<?>> storedTypes() {
        List<Class<?>> types = new ArrayList<>(Arrays.asList(IncidentEvent.class.getPermittedSubclasses()));
        types.add(CommandAttempted.class);
        return types.stream();
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
        byte[] written = events.serialize(read, byte[].class).getData();
        assertThat(new String(CanonicalJson.bytes(CanonicalJson.parse(written))))
                .isEqualTo(new String(CanonicalJson.bytes(CanonicalJson.parse(stored))));
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
