package io.incidentledger.projections.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.api.testdata.RecordingDeadLetters;
import io.incidentledger.projections.ProjectionsProperties;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.kafka.StreamsDeadLetters;
import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import io.incidentledger.projections.testdata.ScriptedIncident;
import io.incidentledger.projections.testdata.TimelineKafka;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.IncidentTimelines;
import io.incidentledger.projections.timeline.TimelineEntry;
import io.incidentledger.projections.timeline.TimelineTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.util.unit.DataSize;

/**
 * Retrying an event the timeline fold parked for its size, on a real broker: the retry refolds the incident from
 * the ledger and is refused while the view would still be past the limit; once the limit is raised and the
 * application restarted, the same retry repairs the view with the parked event, and the next event folds onto it.
 */
class StreamsRetryIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final int LIMIT = 20_000;
    private static final int RAISED = 100_000;
    @RegisterExtension
    static final TimelineKafka KAFKA = new TimelineKafka(
            ViewRecords.repairsTopic(CurrentIncidentsTopology.REPAIRS_TOPIC, 3, (short) 1),
            ViewRecords.repairsTopic(IncidentMetricsTopology.REPAIRS_TOPIC, 3, (short) 1));

    private final ObjectMapper mapper = LedgerJson.newMapper();
    private final List<LedgerEvent> ledger = new CopyOnWriteArrayList<>();
    private final AtomicReference<KafkaStreams> running = new AtomicReference<>();

    @Test
    void aParkedEventIsRefusedOnRetryUntilTheLimitIsRaisedThenTheRetryRepairsTheView(@TempDir Path disk)
            throws Exception {
        var incident = new ScriptedIncident(3);
        var parked = new RecordingDeadLetters();
        try (KafkaStreams limited = start(LIMIT, parked, disk)) {
            append(incident.declared("Chatty incident", Severity.SEV2, T0));
            for (String letter : List.of("a", "b", "c")) {
                append(incident.message("m-" + letter, letter.repeat(LIMIT * 4 / 10), ScriptedIncident.BOB, T0));
            }
            append(incident.message("m-after", "still folding", ScriptedIncident.BOB, T0.plusSeconds(60)));
            await().atMost(WAIT).ignoreExceptions().until(() -> texts(limited).contains("still folding"));
            assertThat(parked.list(0, 10)).singleElement()
                    .satisfies(letter -> assertThat(letter.processor()).endsWith(TimelineTopology.AGGREGATE_STORE));

            assertThatThrownBy(() -> retry(LIMIT, parked.list(0, 10).get(0))).isInstanceOf(ViewTooLarge.class)
                    .hasMessageContaining("INC-3 in timeline-aggregates").hasMessageContaining("past " + LIMIT);
            assertThat(texts(limited)).doesNotContain("c".repeat(100));
        }

        try (KafkaStreams raised = start(RAISED, new RecordingDeadLetters(), disk)) {
            await().atMost(WAIT).ignoreExceptions().until(() -> texts(raised).contains("still folding"));
            retry(RAISED, parked.list(0, 10).get(0));

            await().atMost(WAIT).ignoreExceptions().until(() -> texts(raised).contains("c".repeat(LIMIT * 4 / 10)));
            append(incident.note("after the repair", ScriptedIncident.ADA, T0.plusSeconds(120)));
            await().atMost(WAIT).ignoreExceptions().until(() -> texts(raised).containsAll(
                    List.of("a".repeat(LIMIT * 4 / 10), "still folding", "after the repair")));
        }
    }

    private void retry(int limit, DeadLetter letter) throws Exception {
        IncidentTimelines timelines = new IncidentTimelines() {
            @Override
            public Optional<IncidentTimeline> find(IncidentRef ref) {
                return Optional.ofNullable(timeline(running.get(), ref.toString()));
            }

            @Override
            public List<IncidentTimeline> all() {
                throw new UnsupportedOperationException("read by key only");
            }
        };
        LedgerMetrics noMetrics = new LedgerMetrics() {
            @Override
            public List<IncidentMetrics> all() {
                return List.of();
            }

            @Override
            public Optional<IncidentMetrics> find(IncidentRef ref) {
                return Optional.empty();
            }
        };
        LiveViews live = new LiveViews(List::of, timelines, noMetrics);
        var properties = new KafkaProperties();
        properties.setBootstrapServers(List.of(KAFKA.servers()));
        var refold = new IncidentRefold(new ScriptedHistory(ledger), live, new ViewRepublisher(properties, mapper), mapper);
        new StreamsRedelivery(refold, new ProjectionsProperties("unused", null, limit, Duration.ofMillis(20),
                DataSize.ofMegabytes(64))).redeliver(letter);
    }

    private KafkaStreams start(int maxViewBytes, RecordingDeadLetters parked, Path disk) {
        var builder = new StreamsBuilder();
        TimelineTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.timelines(mapper),
                Duration.ofMillis(200));
        Map<String, Object> config = KAFKA.streamsConfig("streams-retry", disk);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
        config.put(StreamsDeadLetters.CONFIG, parked);
        config.put(StreamsDeadLetters.MAX_VIEW_BYTES_CONFIG, maxViewBytes);
        var streams = new KafkaStreams(builder.build(), new StreamsConfig(config));
        streams.start();
        running.set(streams);
        return streams;
    }

    /** Appends to the ledger this test's history reads, and publishes it as the ledger publisher does. */
    private void append(LedgerEvent event) throws Exception {
        ledger.add(event);
        Map<String, Object> config = new HashMap<>(ViewRecords.producerConfig());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.servers());
        try (var producer = new KafkaProducer<>(config, Serdes.String().serializer(),
                JsonSerdes.ledgerEvents(mapper).serializer())) {
            producer.send(new ProducerRecord<>(TimelineTopology.INPUT_TOPIC, event.incidentId().value(), event))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> texts(KafkaStreams streams) {
        IncidentTimeline timeline = timeline(streams, "INC-3");
        return timeline == null ? List.of() : timeline.entries().stream().map(TimelineEntry::text).toList();
    }

    private static IncidentTimeline timeline(KafkaStreams streams, String ref) {
        return streams.store(StoreQueryParameters.fromNameAndType(TimelineTopology.TIMELINES_STORE,
                QueryableStoreTypes.<String, IncidentTimeline>keyValueStore())).get(ref);
    }
}
