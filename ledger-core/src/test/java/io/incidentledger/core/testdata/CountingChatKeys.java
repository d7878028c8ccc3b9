package io.incidentledger.core.testdata;

import io.incidentledger.core.erasure.ChatKeyStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reads ahead only inside a transaction ({@link #execute}), as the JDBC store does, forgetting what it read when the
 * transaction ends, and counts the reads that reach the store.
 */
public final class CountingChatKeys implements ChatKeyStore, TransactionOperations {

    private final ChatKeyStore store;
    private Map<List<String>, Optional<StoredKey>> prefetched;
    public int prefetches;
    public int readsOneByOne;

    public CountingChatKeys(ChatKeyStore store) {
        this.store = store;
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        prefetched = new HashMap<>();
        try {
            return action.doInTransaction(null);
        } finally {
            prefetched = null;
        }
    }

    @Override
    public void prefetch(String incidentId, Collection<String> messageIds) {
        if (prefetched != null) {
            prefetches++;
            messageIds.forEach(id -> prefetched.put(List.of(incidentId, id), store.find(incidentId, id)));
        }
    }

    @Override
    public Optional<StoredKey> find(String incidentId, String messageId) {
        if (prefetched != null && prefetched.containsKey(List.of(incidentId, messageId))) {
            return prefetched.get(List.of(incidentId, messageId));
        }
        readsOneByOne++;
        return store.find(incidentId, messageId);
    }

    @Override
    public StoredKey keep(String incidentId, String messageId, byte[] wrapped) {
        return store.keep(incidentId, messageId, wrapped);
    }

    @Override
    public void erase(String incidentId, String messageId, String marker) {
        store.erase(incidentId, messageId, marker);
    }
}
