package io.incidentledger.core.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentledger.api.event.ChatTextRevision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a chat event stored before sealing (unrevised, its text in plain) as the sealed revision: each text becomes
 * {@code {"plain": text}}. The stored row is never rewritten (the chain hashes it), so such text is erased from
 * every view by {@code redact} but stays in that row.
 */
public final class ChatTextUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getRevision() == null
                && !SealedFields.of(representation.getType().getName()).isEmpty();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.upcastPayload(new SimpleSerializedType(type, ChatTextRevision.SEALED), JsonNode.class,
                payload -> {
                    ObjectNode event = ((ObjectNode) payload).deepCopy();
                    for (String field : SealedFields.of(type)) {
                        JsonNode text = event.get(field);
                        if (text != null && text.isTextual()) {
                            event.putObject(field).put("plain", text.textValue());
                        }
                    }
                    return event;
                });
    }
}
