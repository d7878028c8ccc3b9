package io.incidentledger.projections.fold;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.state.KeyValueStore;

/** A fold's view store. It holds the bytes of the view serde, so the changelog is what it always was. */
final class StoredViews<V> {

    private final String storeName;
    private final KeyValueStore<String, byte[]> store;
    private final Serde<V> serde;

    StoredViews(String storeName, KeyValueStore<String, byte[]> store, Serde<V> serde) {
        this.storeName = storeName;
        this.store = store;
        this.serde = serde;
    }

    V get(String key) {
        byte[] bytes = store.get(key);
        return bytes == null ? null : serde.deserializer().deserialize(storeName, bytes);
    }

    /** Stores the view, unless it is over {@code maxBytes}: answers whether it was stored. */
    boolean put(String key, V view, int maxBytes) {
        byte[] bytes = serde.serializer().serialize(storeName, view);
        if (bytes.length > maxBytes) {
            return false;
        }
        store.put(key, bytes);
        return true;
    }
}
