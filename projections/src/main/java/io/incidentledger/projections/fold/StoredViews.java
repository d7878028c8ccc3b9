package io.incidentledger.projections.fold;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A fold's view store. It holds the bytes of the view serde (so the changelog is what it always was), and reads
 * through {@link DecodedViews}: decoding a 1 MB timeline takes about 8 ms, folding an event into it 0.1 ms.
 */
final class StoredViews<V> {

    private final String storeName;
    private final KeyValueStore<String, byte[]> store;
    private final Serde<V> serde;
    private final DecodedViews<V> decoded;

    StoredViews(String storeName, KeyValueStore<String, byte[]> store, Serde<V> serde, DecodedViews<V> decoded) {
        this.storeName = storeName;
        this.store = store;
        this.serde = serde;
        this.decoded = decoded;
    }

    V get(String key) {
        byte[] bytes = store.get(key);
        if (bytes == null) {
            return null;
        }
        V view = decoded.get(key, bytes);
        if (view == null) {
            view = serde.deserializer().deserialize(storeName, bytes);
            decoded.put(key, bytes, view);
        }
        return view;
    }

    /** Stores the view, unless it is over {@code maxBytes}: answers whether it was stored. */
    boolean put(String key, V view, int maxBytes) {
        byte[] bytes = serde.serializer().serialize(storeName, view);
        if (bytes.length > maxBytes) {
            return false;
        }
        store.put(key, bytes);
        decoded.put(key, bytes, view);
        return true;
    }

    void forget() {
        decoded.clear();
    }
}
