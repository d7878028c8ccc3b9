package io.incidentledger.projections.fold;

import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Replaces the stored view with a rebuilt one, unless live ingestion has already gone further, and publishes it
 * as the fold would: only if what it shows differs from the stored one.
 */
final class RepairProcessor<V> implements Processor<String, V, String, V> {

    private final String storeName;
    private final Serde<V> serde;
    private final BiPredicate<V, V> sameShown;
    private final ToLongFunction<V> sequence;
    private ChangedViews<V> views;

    RepairProcessor(String storeName, Serde<V> serde, BiPredicate<V, V> sameShown, ToLongFunction<V> sequence) {
        this.storeName = storeName;
        this.serde = serde;
        this.sameShown = sameShown;
        this.sequence = sequence;
    }

    @Override
    public void init(ProcessorContext<String, V> context) {
        this.views = new ChangedViews<>(context, storeName, serde, sameShown);
    }

    @Override
    public void process(Record<String, V> repair) {
        if (repair.value() == null) {
            return;
        }
        V current = views.get(repair.key());
        if (current == null || sequence.applyAsLong(repair.value()) >= sequence.applyAsLong(current)) {
            // a repair came through Kafka, within its limit already
            views.put(current, repair, Integer.MAX_VALUE);
        }
    }
}
