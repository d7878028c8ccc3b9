package io.incidentledger.projections.status;

import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.projections.fold.SameShown;
import io.incidentledger.projections.fold.RepairableFold;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Current incidents: ledger events folded per incident, published to a compacted topic and read back as a
 * global table, so every app instance can answer the status page from its own copy.
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
        // per event: the public status page must be fresh within a second, and a view is a few kilobytes
        RepairableFold.build(builder, INPUT_TOPIC, events, REPAIRS_TOPIC, views, AGGREGATE_STORE,
                        SameShown.ignoringLastSequence(), IncidentProjector::apply, IncidentView::lastSequence)
                .filter((incidentId, view) -> view != null)
                .to(VIEWS_TOPIC, Produced.with(Serdes.String(), views));
        builder.globalTable(VIEWS_TOPIC, Consumed.with(Serdes.String(), views),
                Materialized.<String, IncidentView, KeyValueStore<Bytes, byte[]>>as(VIEWS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(views));
    }
}
