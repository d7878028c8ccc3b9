package io.incidentledger.core.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentledger.core.erasure.ChatKeyStore.StoredKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens chat texts with their message's key. A stored text is {@code {"sealed": base64}}, or
 * {@code {"erased": true}} when it arrived after its key was destroyed, or (read from before sealing, through the
 * upcaster) {@code {"plain": text}}; each reads as its erasure marker once the message, or all chat, is erased.
 */
public final class ChatKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final MasterKey master;
    private final ChatKeyStore store;
    private final UnwrappedKeys unwrapped = new UnwrappedKeys();

    public ChatKeys(MasterKey master, ChatKeyStore store) {
        this.master = master;
        this.store = store;
    }

    /** Lets go of the erased message's key ({@code messageId} null: all of the incident's) held unwrapped. */
    public void forget(String incidentId, String messageId) {
        unwrapped.forget(incidentId, messageId);
    }

    /** One event's message: its key is read once however many of its fields are sealed or opened. */
    Message message(String incidentId, String messageId) {
        return new Message(incidentId, messageId == null ? ChatKeyStore.INCIDENT_WIDE : messageId);
    }

    final class Message {

        private final String incidentId;
        private final String messageId;
        private Optional<StoredKey> key;

        private Message(String incidentId, String messageId) {
            this.incidentId = incidentId;
            this.messageId = messageId;
        }

        JsonNode seal(String field, String text) {
            if (key == null || key.isEmpty()) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                byte[] wrapped = master.wrap(fresh, keyContext());
                key = Optional.of(store.keep(incidentId, messageId, wrapped));
                if (Arrays.equals(key.get().wrapped(), wrapped)) {
                    // ours was kept, not a concurrent first use's: no need to unwrap what was just wrapped
                    unwrapped.keep(incidentId, messageId, wrapped, new SecretKeySpec(fresh, "AES"));
                }
            }
            ObjectNode stored = JsonNodeFactory.instance.objectNode();
            if (key.get().erased()) {
                return stored.put("erased", true);
            }
            byte[] sealed = Gcm.seal(dataKey(key.get()), text.getBytes(StandardCharsets.UTF_8), textContext(field));
            return stored.put("sealed", Base64.getEncoder().encodeToString(sealed));
        }

        String open(String field, JsonNode stored) {
            if (stored == null || stored.isNull()) {
                return null;
            }
            Optional<String> erasure = erasure();
            if (erasure.isPresent()) {
                return erasure.get();
            }
            if (stored.isTextual() || stored.has("plain")) {
                return stored.isTextual() ? stored.textValue() : stored.path("plain").textValue();
            }
            StoredKey live = known().orElseThrow(() -> new IllegalStateException(
                    "No key for a sealed text of message " + messageId + " of incident " + incidentId));
            byte[] sealed = Base64.getDecoder().decode(stored.path("sealed").asText());
            return new String(Gcm.open(dataKey(live), sealed, textContext(field)), StandardCharsets.UTF_8);
        }

        // a plain text from before sealing has no key of its own: erasing all chat marks the incident-wide one
        private Optional<String> erasure() {
            if (known().isPresent() || messageId.equals(ChatKeyStore.INCIDENT_WIDE)) {
                return known().filter(StoredKey::erased).map(StoredKey::erasedAs);
            }
            return store.find(incidentId, ChatKeyStore.INCIDENT_WIDE).filter(StoredKey::erased).map(StoredKey::erasedAs);
        }

        private Optional<StoredKey> known() {
            if (key == null) {
                key = store.find(incidentId, messageId);
            }
            return key;
        }

        private SecretKeySpec dataKey(StoredKey stored) {
            SecretKeySpec known = unwrapped.find(incidentId, messageId, stored.wrapped());
            if (known == null) {
                known = new SecretKeySpec(master.unwrap(stored.wrapped(), keyContext()), "AES");
                unwrapped.keep(incidentId, messageId, stored.wrapped(), known);
            }
            return known;
        }

        private byte[] keyContext() {
            return (incidentId + "\n" + messageId).getBytes(StandardCharsets.UTF_8);
        }

        private byte[] textContext(String field) {
            return (incidentId + "\n" + messageId + "\n" + field).getBytes(StandardCharsets.UTF_8);
        }
    }
}
