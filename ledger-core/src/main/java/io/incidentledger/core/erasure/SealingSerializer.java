package io.incidentledger.core.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentledger.api.event.ChatTextRevision;
import java.util.List;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The event serializer: Axon's Jackson one, except that chat texts ({@link SealedFields}) are sealed as the event is
 * serialized for its row, inside the append's transaction (a new message's key is stored with it), and opened as it
 * is read. Aggregates, processors and views see plain records; once a key is erased, its texts read as the marker.
 */
public final class SealingSerializer implements Serializer {

    private final JacksonSerializer jackson;
    private final ObjectMapper mapper;
    private final ChatKeys keys;

    public SealingSerializer(ObjectMapper mapper, ChatKeys keys) {
        this.jackson = JacksonSerializer.builder().objectMapper(mapper).build();
        this.mapper = mapper;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        List<String> fields = object == null ? List.of() : SealedFields.of(object.getClass().getName());
        if (fields.isEmpty()) {
            return jackson.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = mapper.valueToTree(object);
        ChatKeys.Message message = keys.message(tree.path("incidentId").asText(), tree.path("messageId").textValue());
        for (String field : fields) {
            JsonNode text = tree.get(field);
            if (text != null && text.isTextual()) {
                tree.set(field, message.seal(field, text.textValue()));
            }
        }
        SerializedObject<JsonNode> sealed = new SimpleSerializedObject<>(tree, JsonNode.class, typeForClass(object.getClass()));
        return getConverter().convert(sealed, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serialized) {
        List<String> fields = SealedFields.of(serialized.getType().getName());
        if (fields.isEmpty() || !ChatTextRevision.SEALED.equals(serialized.getType().getRevision())) {
            return jackson.deserialize(serialized);
        }
        JsonNode read = getConverter().convert(serialized, JsonNode.class).getData();
        // a tree parsed from the row's bytes is this call's own; one handed in as a tree is copied before it is opened
        ObjectNode tree = (ObjectNode) (serialized.getData() instanceof JsonNode ? read.deepCopy() : read);
        ChatKeys.Message message = keys.message(tree.path("incidentId").asText(), tree.path("messageId").textValue());
        for (String field : fields) {
            if (tree.has(field)) {
                String text = message.open(field, tree.get(field));
                tree.put(field, text);
            }
        }
        return jackson.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serialized.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
