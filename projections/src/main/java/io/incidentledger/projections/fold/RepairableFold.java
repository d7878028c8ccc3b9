package io.incidentledger.projections.fold;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.projections.kafka.ViewRecords;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.state.Stores;

/**
 * A per-incident fold of ledger events into a view, whose state a replay can repair: a second source, the repairs
 * topic (keyed by incident id, co-partitioned with the ledger topic), replaces the stored value when the repair is
 * at least as far along. The next event then folds onto the repaired value, not onto what was wrong. A changed
 * value is published only when {@code sameShown} says a reader would see the difference.
 */
public final class RepairableFold {

    private RepairableFold() {
    }

    public static <V> KStream<String, V> build(StreamsBuilder builder, String eventsTopic, Serde<LedgerEvent> events,
                                               String repairsTopic, Serde<V> views, String store,
                                               BiPredicate<V, V> sameShown, BiFunction<V, LedgerEvent, V> fold,
                                               ToLongFunction<V> sequence) {
        // cached, so a burst on one incident writes its view to the changelog once per commit, not per event
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), Serdes.String(),
                Serdes.ByteArray()).withLoggingEnabled(ViewRecords.topicConfig()).withCachingEnabled());
        KStream<String, V> folded = builder.stream(eventsTopic, Consumed.with(Serdes.String(), events))
                .process(() -> new FoldProcessor<>(store, views, sameShown, fold), store);
        KStream<String, V> repaired = builder.stream(repairsTopic, Consumed.with(Serdes.String(), views))
                .process(() -> new RepairProcessor<>(store, views, sameShown, sequence), store);
        return folded.merge(repaired);
    }
}
