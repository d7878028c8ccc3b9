package io.incidentledger.projections.fold;

import java.util.function.ToLongFunction;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Replaces the stored view with a rebuilt one, unless live ingestion has already gone further. */
final class RepairProcessor<V> implements Processor<String, V, String, V> {

    private final String storeName;
    private final ToLongFunction<V> sequence;
    private ProcessorContext<String, V> context;
    private KeyValueStore<String, V> store;

    RepairProcessor(String storeName, ToLongFunction<V> sequence) {
        this.storeName = storeName;
        this.sequence = sequence;
    }

    @Override
    public void init(ProcessorContext<String, V> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> repair) {
        if (repair.value() == null) {
            return;
        }
        V current = store.get(repair.key());
        if (current == null || sequence.applyAsLong(repair.value()) >= sequence.applyAsLong(current)) {
            store.put(repair.key(), repair.value());
            context.forward(repair);
        }
    }
}
