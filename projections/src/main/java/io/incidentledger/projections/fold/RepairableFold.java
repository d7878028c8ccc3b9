package io.incidentledger.projections.fold;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.projections.kafka.ViewRecords;
import java.util.function.BiFunction;
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
 * at least as far along. The next event then folds onto the repaired value, not onto what was wrong.
 */
public final class RepairableFold {

    private RepairableFold() {
    }

    public static <V> KStream<String, V> build(StreamsBuilder builder, String eventsTopic, Serde<LedgerEvent> events,
                                               String repairsTopic, Serde<V> views, String store,
                                               Publication publication, BiFunction<V, LedgerEvent, V> fold,
                                               ToLongFunction<V> sequence) {
        // whole views go to the changelog; cached, so a burst on one incident writes it once per commit, not per event
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), Serdes.String(),
                Serdes.ByteArray()).withLoggingEnabled(ViewRecords.topicConfig()).withCachingEnabled());
        String[] stores = {store};
        if (publication.isCoalesced()) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
                    publication.pendingStore()), Serdes.String(), Serdes.Long()).withCachingEnabled());
            stores = new String[] {store, publication.pendingStore()};
        }
        KStream<String, V> folded = builder.stream(eventsTopic, Consumed.with(Serdes.String(), events))
                .process(() -> new FoldProcessor<>(store, views, publication, fold), stores);
        KStream<String, V> repaired = builder.stream(repairsTopic, Consumed.with(Serdes.String(), views))
                .process(() -> new RepairProcessor<>(store, views, publication, sequence), stores);
        return folded.merge(repaired);
    }
}
