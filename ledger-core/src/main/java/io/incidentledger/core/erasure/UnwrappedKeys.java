package io.incidentledger.core.erasure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message keys already unwrapped, the latest used: every reader of a new event (the aggregate, the Kafka publisher,
 * the notification planners) opens the same message's text soon after it is stored, and an unwrap costs as much
 * as the open. A key is used only for the very wrapped bytes it came from, and is let go of when its message is erased.
 */
final class UnwrappedKeys {

    static final int HELD = 4_096;

    private final Map<List<String>, Unwrapped> keys = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, Unwrapped> eldest) {
            return size() > HELD;
        }
    };

    synchronized SecretKeySpec find(String incidentId, String messageId, byte[] wrapped) {
        Unwrapped known = keys.get(List.of(incidentId, messageId));
        return known != null && Arrays.equals(known.wrapped(), wrapped) ? known.key() : null;
    }

    synchronized void keep(String incidentId, String messageId, byte[] wrapped, SecretKeySpec key) {
        keys.put(List.of(incidentId, messageId), new Unwrapped(wrapped, key));
    }

    /** {@code messageId} null: every message of the incident. */
    synchronized void forget(String incidentId, String messageId) {
        keys.keySet().removeIf(key -> key.get(0).equals(incidentId) && (messageId == null || key.get(1).equals(messageId)));
    }

    private record Unwrapped(byte[] wrapped, SecretKeySpec key) {
    }
}
