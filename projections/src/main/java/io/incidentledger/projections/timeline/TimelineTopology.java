package io.incidentledger.projections.timeline;

import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.projections.fold.Publication;
import io.incidentledger.projections.fold.RepairableFold;
import java.time.Duration;
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
 * A timeline grows with its incident, so it is published coalesced, not per event (see {@link Publication}).
 */
public final class TimelineTopology {

    public static final String INPUT_TOPIC = LedgerTopics.INCIDENT_EVENTS;
    public static final String TIMELINES_TOPIC = "incident-timelines";
    /** Rebuilt views from a replay, keyed by incident id like the ledger topic. */
    public static final String REPAIRS_TOPIC = "incident-timelines-repairs";
    public static final String AGGREGATE_STORE = "timeline-aggregates";
    public static final String TIMELINES_STORE = "timelines-by-ref";
    /** Incident ids whose timeline changed since it was last published. */
    public static final String PENDING_STORE = "timeline-pending";
    /**
     * Per event, a 3 000-message incident sent 1.6 GB of timelines; now a change is published within this interval.
     * A second: timelines are read by people reviewing an incident, and under load (profiled in bench/) publishing
     * and re-reading them into the global store took CPU the chat intake on the same cores needed.
     */
    public static final Duration PUBLISH_EVERY = Duration.ofSeconds(1);

    private TimelineTopology() {
    }

    public static void build(StreamsBuilder builder, Serde<LedgerEvent> events, Serde<IncidentTimeline> timelines) {
        build(builder, events, timelines, PUBLISH_EVERY);
    }

    public static void build(StreamsBuilder builder, Serde<LedgerEvent> events, Serde<IncidentTimeline> timelines,
                             Duration publishEvery) {
        RepairableFold.build(builder, INPUT_TOPIC, events, REPAIRS_TOPIC, timelines, AGGREGATE_STORE,
                        Publication.coalesced(PENDING_STORE, publishEvery),
                        TimelineProjector::apply, IncidentTimeline::lastSequence)
                .filter((incidentId, timeline) -> timeline != null)
                .selectKey((incidentId, timeline) -> timeline.ref().toString())
                .to(TIMELINES_TOPIC, Produced.with(Serdes.String(), timelines));
        builder.globalTable(TIMELINES_TOPIC, Consumed.with(Serdes.String(), timelines),
                Materialized.<String, IncidentTimeline, KeyValueStore<Bytes, byte[]>>as(TIMELINES_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(timelines));
    }
}
