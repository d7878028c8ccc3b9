package io.incidentledger.projections.timeline;

import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.LedgerEvent;
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
 * Per-incident timelines: events folded per incident id, then published keyed by reference (INC-n) to a
 * compacted topic read back as a global table, so any instance answers {@code /api/incidents/INC-n/timeline}.
 */
public final class TimelineTopology {

    public static final String INPUT_TOPIC = LedgerTopics.INCIDENT_EVENTS;
    public static final String TIMELINES_TOPIC = "incident-timelines";
    /** Rebuilt views from a replay, keyed by incident id like the ledger topic. */
    public static final String REPAIRS_TOPIC = "incident-timelines-repairs";
    public static final String AGGREGATE_STORE = "timeline-aggregates";
    public static final String TIMELINES_STORE = "timelines-by-ref";

    private TimelineTopology() {
    }

    public static void build(StreamsBuilder builder, Serde<LedgerEvent> events, Serde<IncidentTimeline> timelines) {
        RepairableFold.build(builder, INPUT_TOPIC, events, REPAIRS_TOPIC, timelines, AGGREGATE_STORE,
                        TimelineProjector::apply, IncidentTimeline::lastSequence)
                .filter((incidentId, timeline) -> timeline != null)
                .selectKey((incidentId, timeline) -> timeline.ref().toString())
                .to(TIMELINES_TOPIC, Produced.with(Serdes.String(), timelines));
        builder.globalTable(TIMELINES_TOPIC, Consumed.with(Serdes.String(), timelines),
                Materialized.<String, IncidentTimeline, KeyValueStore<Bytes, byte[]>>as(TIMELINES_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(timelines));
    }
}
