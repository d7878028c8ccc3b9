package io.incidentledger.projections.metrics;

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
 * Incident metrics: each incident's milestones, published keyed by reference to a compacted topic and read back
 * as a global table; MTTA/MTTR and weekly counts are computed from it on demand.
 */
public final class IncidentMetricsTopology {

    public static final String INPUT_TOPIC = LedgerTopics.INCIDENT_EVENTS;
    public static final String METRICS_TOPIC = "incident-metrics";
    /** Rebuilt views from a replay, keyed by incident id like the ledger topic. */
    public static final String REPAIRS_TOPIC = "incident-metrics-repairs";
    public static final String AGGREGATE_STORE = "metrics-aggregates";
    public static final String METRICS_STORE = "metrics-by-ref";

    private IncidentMetricsTopology() {
    }

    public static void build(StreamsBuilder builder, Serde<LedgerEvent> events, Serde<IncidentMetrics> metrics) {
        // published when a milestone changes: a few hundred bytes that do not grow with the incident
        RepairableFold.build(builder, INPUT_TOPIC, events, REPAIRS_TOPIC, metrics, AGGREGATE_STORE,
                        SameShown.ignoringLastSequence(), MetricsProjector::apply, IncidentMetrics::lastSequence)
                .filter((incidentId, current) -> current != null)
                .selectKey((incidentId, current) -> current.ref().toString())
                .to(METRICS_TOPIC, Produced.with(Serdes.String(), metrics));
        builder.globalTable(METRICS_TOPIC, Consumed.with(Serdes.String(), metrics),
                Materialized.<String, IncidentMetrics, KeyValueStore<Bytes, byte[]>>as(METRICS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(metrics));
    }
}
