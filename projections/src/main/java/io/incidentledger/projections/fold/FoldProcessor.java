package io.incidentledger.projections.fold;

import io.incidentledger.api.event.LedgerEvent;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Folds one ledger event into the stored view and forwards the view when it changed. */
final class FoldProcessor<V> implements Processor<String, LedgerEvent, String, V> {

    private final String storeName;
    private final BiFunction<V, LedgerEvent, V> fold;
    private ProcessorContext<String, V> context;
    private KeyValueStore<String, V> store;

    FoldProcessor(String storeName, BiFunction<V, LedgerEvent, V> fold) {
        this.storeName = storeName;
        this.fold = fold;
    }

    @Override
    public void init(ProcessorContext<String, V> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, LedgerEvent> event) {
        V current = store.get(event.key());
        V next = fold.apply(current, event.value());
        // a re-delivered event folds to the same value: nothing to store, nothing to publish
        if (!Objects.equals(next, current)) {
            store.put(event.key(), next);
            context.forward(event.withValue(next));
        }
    }
}
