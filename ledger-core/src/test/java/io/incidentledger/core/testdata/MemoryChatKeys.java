package io.incidentledger.core.testdata;

import io.incidentledger.core.erasure.ChatKeyStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@code chat_text_key} in memory, with the same erasure rules as the table, for tests of the sealing itself. */
public final class MemoryChatKeys implements ChatKeyStore {

    private final Map<String, StoredKey> keys = new ConcurrentHashMap<>();

    @Override
    public StoredKey keep(String incidentId, String messageId, byte[] wrapped) {
        return keys.computeIfAbsent(incidentId + "/" + messageId, id -> new StoredKey(wrapped, null));
    }

    @Override
    public Optional<StoredKey> find(String incidentId, String messageId) {
        return Optional.ofNullable(keys.get(incidentId + "/" + messageId));
    }

    @Override
    public void erase(String incidentId, String messageId, String marker) {
        if (messageId == null) {
            keys.replaceAll((id, key) -> id.startsWith(incidentId + "/") ? erased(key, marker) : key);
        }
        keys.merge(incidentId + "/" + (messageId == null ? INCIDENT_WIDE : messageId), new StoredKey(null, marker),
                (old, fresh) -> erased(old, marker));
    }

    private static StoredKey erased(StoredKey key, String marker) {
        return key.erased() ? key : new StoredKey(null, marker);
    }
}
