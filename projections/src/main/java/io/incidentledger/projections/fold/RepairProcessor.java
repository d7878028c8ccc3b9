package io.incidentledger.projections.fold;

import java.util.function.ToLongFunction;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Replaces the stored view with a rebuilt one, unless live ingestion has already gone further, and publishes it
 * as the fold would (a coalesced fold's punctuator, in the same task, publishes the mark).
 */
final class RepairProcessor<V> implements Processor<String, V, String, V> {

    private final String storeName;
    private final Serde<V> serde;
    private final Publication publication;
    private final ToLongFunction<V> sequence;
    private ChangedViews<V> views;

    RepairProcessor(String storeName, Serde<V> serde, Publication publication, ToLongFunction<V> sequence) {
        this.storeName = storeName;
        this.serde = serde;
        this.publication = publication;
        this.sequence = sequence;
    }

    @Override
    public void init(ProcessorContext<String, V> context) {
        // repairs are rare: nothing worth keeping decoded
        this.views = new ChangedViews<>(context, storeName, serde, publication, DecodedViews.none());
    }

    @Override
    public void process(Record<String, V> repair) {
        if (repair.value() == null) {
            return;
        }
        V current = views.get(repair.key());
        if (current == null || sequence.applyAsLong(repair.value()) >= sequence.applyAsLong(current)) {
            // a repair came through Kafka, within its limit already
            views.put(repair, Integer.MAX_VALUE);
        }
    }

    @Override
    public void close() {
        if (views != null) {
            views.close();
        }
    }
}
