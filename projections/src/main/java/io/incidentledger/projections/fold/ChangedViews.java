package io.incidentledger.projections.fold;

import java.util.function.BiPredicate;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Stores a changed view, and publishes it only when what it shows changed: the stored value always carries the
 * latest sequence (a re-delivered event must fold to nothing), the published one need not.
 */
final class ChangedViews<V> {

    private final ProcessorContext<String, V> context;
    private final StoredViews<V> views;
    private final BiPredicate<V, V> sameShown;

    ChangedViews(ProcessorContext<String, V> context, String viewStore, Serde<V> serde, BiPredicate<V, V> sameShown) {
        this.context = context;
        this.views = new StoredViews<>(viewStore, context.getStateStore(viewStore), serde);
        this.sameShown = sameShown;
    }

    V get(String key) {
        return views.get(key);
    }

    /** Stores {@code changed} over {@code current}, unless it is over {@code maxBytes}: answers whether it did. */
    boolean put(V current, Record<String, V> changed, int maxBytes) {
        if (!views.put(changed.key(), changed.value(), maxBytes)) {
            return false;
        }
        if (current == null || !sameShown.test(current, changed.value())) {
            context.forward(changed);
        }
        return true;
    }
}
