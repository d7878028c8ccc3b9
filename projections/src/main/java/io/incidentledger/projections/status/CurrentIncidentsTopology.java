package io.incidentledger.projections.status;

import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.projections.fold.SameShown;
import io.incidentledger.projections.fold.RepairableFold;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * Current incidents: ledger events folded per incident, published to a compacted topic and read back into a
 * global store, so every app instance can answer the status page from its own copy. The store is kept by
 * {@link ViewStoreUpdater} rather than a global table's own processor, so that a listener hears of each change.
 */
public final class CurrentIncidentsTopology {

    public static final String INPUT_TOPIC = LedgerTopics.INCIDENT_EVENTS;
    public static final String VIEWS_TOPIC = "incident-views";
    /** Rebuilt views from a replay, keyed by incident id like the ledger topic. */
    public static final String REPAIRS_TOPIC = "incident-views-repairs";
    public static final String AGGREGATE_STORE = "incident-aggregates";
    public static final String VIEWS_STORE = "current-incidents";

    private CurrentIncidentsTopology() {
    }

    public static void build(StreamsBuilder builder, Serde<LedgerEvent> events, Serde<IncidentView> views) {
        build(builder, events, views, IncidentViewListener.NONE);
    }

    public static void build(StreamsBuilder builder, Serde<LedgerEvent> events, Serde<IncidentView> views,
                             IncidentViewListener listener) {
        // per event: the public status page must be fresh within a second, and a view is a few kilobytes
        RepairableFold.build(builder, INPUT_TOPIC, events, REPAIRS_TOPIC, views, AGGREGATE_STORE,
                        SameShown.ignoringLastSequence(), IncidentProjector::apply, IncidentView::lastSequence)
                .filter((incidentId, view) -> view != null)
                .to(VIEWS_TOPIC, Produced.with(Serdes.String(), views));
        // timestamped and unlogged, as the global table's store was: the same bytes on disk after an upgrade
        builder.addGlobalStore(Stores.timestampedKeyValueStoreBuilder(Stores.persistentTimestampedKeyValueStore(VIEWS_STORE),
                        Serdes.String(), views).withLoggingDisabled(), VIEWS_TOPIC, Consumed.with(Serdes.String(), views),
                () -> new ViewStoreUpdater(listener));
    }
}
