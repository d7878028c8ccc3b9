package io.incidentledger.projections.fold;

import io.incidentledger.api.event.LedgerEvent;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Folds one ledger event into the stored view and publishes the view when it changed. */
final class FoldProcessor<V> implements Processor<String, LedgerEvent, String, V> {

    private final String storeName;
    private final Serde<V> serde;
    private final Publication publication;
    private final BiFunction<V, LedgerEvent, V> fold;
    private ChangedViews<V> views;

    FoldProcessor(String storeName, Serde<V> serde, Publication publication, BiFunction<V, LedgerEvent, V> fold) {
        this.storeName = storeName;
        this.serde = serde;
        this.publication = publication;
        this.fold = fold;
    }

    @Override
    public void init(ProcessorContext<String, V> context) {
        // a coalesced view is one that grows with its incident: decoding it for every event would cost the most
        DecodedViews<V> decoded = publication.isCoalesced() ? DecodedViews.upTo(DecodedViews.BUDGET_BYTES)
                : DecodedViews.none();
        this.views = new ChangedViews<>(context, storeName, serde, publication, decoded);
        // one punctuator per task publishes the marks of both sources: the repair processor shares this task
        if (publication.isCoalesced()) {
            context.schedule(publication.interval(), PunctuationType.WALL_CLOCK_TIME, views::publishPending);
        }
    }

    @Override
    public void process(Record<String, LedgerEvent> event) {
        V current = views.get(event.key());
        V next = fold.apply(current, event.value());
        // a re-delivered event folds to the same value: nothing to store, nothing to publish
        if (!Objects.equals(next, current)) {
            views.put(event.withValue(next));
        }
    }

    @Override
    public void close() {
        if (views != null) {
            views.close();
        }
    }
}
