package io.incidentledger.projections.fold;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stores a changed view and publishes it, at once or through a pending mark. The mark lives in a logged store, so
 * it is written in the same exactly-once transaction as the view itself: a crash between the fold and the next
 * publication leaves the mark behind (restored from its changelog), and the view is published after all.
 */
final class ChangedViews<V> {

    private final ProcessorContext<String, V> context;
    private final StoredViews<V> views;
    private final KeyValueStore<String, Long> pending;

    ChangedViews(ProcessorContext<String, V> context, String viewStore, Serde<V> serde, Publication publication,
                 DecodedViews<V> decoded) {
        this.context = context;
        this.views = new StoredViews<>(viewStore, context.getStateStore(viewStore), serde, decoded);
        this.pending = publication.isCoalesced() ? context.getStateStore(publication.pendingStore()) : null;
    }

    V get(String key) {
        return views.get(key);
    }

    /** Stores and publishes the view, unless it is over {@code maxBytes}: answers whether it did. */
    boolean put(Record<String, V> changed, int maxBytes) {
        if (!views.put(changed.key(), changed.value(), maxBytes)) {
            return false;
        }
        if (pending == null) {
            context.forward(changed);
        } else {
            // the record's time, so the published view carries the time of its latest change, as it did per event
            pending.put(changed.key(), changed.timestamp());
        }
        return true;
    }

    /** Publishes the current value of every marked view once, and clears its mark. */
    void publishPending(long wallClockTime) {
        List<KeyValue<String, Long>> marks = new ArrayList<>();
        try (var all = pending.all()) {
            all.forEachRemaining(marks::add);
        }
        for (KeyValue<String, Long> mark : marks) {
            V view = views.get(mark.key);
            if (view != null) {
                context.forward(new Record<>(mark.key, view, mark.value));
            }
            pending.delete(mark.key);
        }
    }

    void close() {
        views.forget();
    }
}
