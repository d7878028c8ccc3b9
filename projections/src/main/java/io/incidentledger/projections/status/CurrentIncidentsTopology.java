package io.incidentledger.projections.status;

import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.LedgerEvent;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
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
    public static final String AGGREGATE_STORE = "incident-aggregates";
    public static final String VIEWS_STORE = "current-incidents";

    private CurrentIncidentsTopology() {
    }

    public static void build(StreamsBuilder builder, Serde<LedgerEvent> events, Serde<IncidentView> views) {
        builder.stream(INPUT_TOPIC, Consumed.with(Serdes.String(), events))
                .groupByKey(Grouped.with(Serdes.String(), events))
                .aggregate(() -> null, (incidentId, event, view) -> IncidentProjector.apply(view, event),
                        Materialized.<String, IncidentView, KeyValueStore<Bytes, byte[]>>as(AGGREGATE_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(views))
                .toStream()
                .to(VIEWS_TOPIC, Produced.with(Serdes.String(), views));
        builder.globalTable(VIEWS_TOPIC, Consumed.with(Serdes.String(), views),
                Materialized.<String, IncidentView, KeyValueStore<Bytes, byte[]>>as(VIEWS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(views));
    }
}
