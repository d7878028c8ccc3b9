package io.incidentledger.core.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * One stored event as the chain sees it: its canonical form, and the hash of that form. {@code stream} is the
 * aggregate's identifier (or, for events outside aggregates, their payload type), {@code sequence} its place in
 * that stream, {@code timestamp} the stored text, {@code payload} the stored JSON.
 */
public record ChainLink(String stream, long sequence, String eventId, String aggregateType, String type,
                        String revision, String timestamp, byte[] payload) {

    /** The previous hash of a stream's first link: nothing came before it in the chain. */
    public static final String GENESIS = "0".repeat(64);

    /** SHA-256 (hex) over the JCS form of the canonical object, which includes the previous link's hash. */
    public String hash(String previous) {
        return Hashes.sha256Hex(canonical(previous));
    }

    public byte[] canonical(String previous) {
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        form.put("stream", stream);
        form.put("sequence", sequence);
        form.put("event", eventId);
        form.put("aggregateType", aggregateType);
        form.put("type", type);
        form.put("revision", revision);
        form.put("timestamp", timestamp);
        form.set("payload", payloadJson());
        form.put("previous", previous);
        return CanonicalJson.bytes(form);
    }

    private JsonNode payloadJson() {
        try {
            return CanonicalJson.parse(payload);
        } catch (RuntimeException unreadable) {
            // a payload that is no longer JSON still hashes, as its bytes, so it shows as a break and not a crash
            return JsonNodeFactory.instance.textNode("unparseable:" + new String(payload, StandardCharsets.ISO_8859_1));
        }
    }
}
