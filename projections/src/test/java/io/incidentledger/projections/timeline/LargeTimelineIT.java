package io.incidentledger.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.testdata.LocalKafka;
import io.incidentledger.projections.testdata.ScriptedIncident;
import io.incidentledger.projections.testdata.TimelineKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timelines over Kafka's 1 MB default, through a real broker with its default limits, under exactly-once: the
 * changelog, the view topic, the repairs topic, the global table and a restore all carry them. The chat texts are
 * random, so compression cannot bring a record under 1 MB: the raised limits are what lets them through.
 */
class LargeTimelineIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final int MESSAGES = 48;
    private static final int MESSAGE_CHARS = 32_000;
    @RegisterExtension
    static final TimelineKafka KAFKA = new TimelineKafka();

    private final ObjectMapper mapper = LedgerJson.newMapper();
    private final Random random = new Random(42);

    @Test
    void aTimelineOverOneMegabyteIsPublishedThoughTheInstanceCrashedBeforePublishingIt(
            @TempDir Path crashedDisk, @TempDir Path newDisk) throws Exception {
        var incident = new ScriptedIncident(1);
        // an hour-long interval: this instance folds and commits, but never publishes
        try (KafkaStreams crashed = start("crash-before-publication", Duration.ofHours(1), crashedDisk)) {
            sendEvents(bigIncident(incident));
            await().atMost(WAIT).failFast("Streams failed", () -> failed(crashed))
                    .until(() -> everythingCommitted("crash-before-publication"));
            await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
                assertThat(store(crashed, TimelineTopology.PENDING_STORE).get(incident.key())).as("marked").isNotNull();
                assertThat(store(crashed, TimelineTopology.TIMELINES_STORE).get("INC-1")).as("not published").isNull();
            });
        }

        // the new instance has an empty disk: the timeline and its mark come back from their changelogs
        try (KafkaStreams restarted = start("crash-before-publication", TimelineTopology.PUBLISH_EVERY, newDisk)) {
            IncidentTimeline timeline = awaitTimeline(restarted, "INC-1", MESSAGES + 1);
            assertThat(JsonSerdes.timelines(mapper).serializer().serialize("size", timeline).length)
                    .isGreaterThan(1_048_576);
        }
    }

    @Test
    void aRepairOverOneMegabyteReplacesThePublishedTimelineAndTheNextEventFoldsOntoIt(@TempDir Path disk)
            throws Exception {
        var incident = new ScriptedIncident(2);
        List<LedgerEvent> history = bigIncident(incident);
        try (KafkaStreams streams = start("large-repair", TimelineTopology.PUBLISH_EVERY, disk)) {
            sendEvents(history.subList(0, 1));
            awaitTimeline(streams, "INC-2", 1);

            // what a replay rebuilds from the event store, sent as ViewRepublisher sends it
            IncidentTimeline rebuilt = history.stream().reduce(null, TimelineProjector::apply, (a, b) -> b);
            send(TimelineTopology.REPAIRS_TOPIC, incident.key(), List.of(rebuilt),
                    JsonSerdes.timelines(mapper).serializer());
            assertThat(awaitTimeline(streams, "INC-2", MESSAGES + 1)).isEqualTo(rebuilt);

            sendEvents(List.of(incident.note("after the repair", ScriptedIncident.ADA, T0.plusSeconds(3600))));
            awaitTimeline(streams, "INC-2", MESSAGES + 2);
        }
    }

    private KafkaStreams start(String applicationId, Duration publishEvery, Path stateDir) {
        var builder = new StreamsBuilder();
        TimelineTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.timelines(mapper), publishEvery);
        Map<String, Object> config = KAFKA.streamsConfig(applicationId, stateDir);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // the broker's minimum: the second instance waits out the first one's session
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
        var streams = new KafkaStreams(builder.build(), new StreamsConfig(config));
        streams.start();
        return streams;
    }

    private List<LedgerEvent> bigIncident(ScriptedIncident incident) {
        var events = new ArrayList<LedgerEvent>();
        events.add(incident.declared("Chatty incident", Severity.SEV1, T0));
        for (int i = 1; i <= MESSAGES; i++) {
            events.add(incident.message("m" + i, randomText(), ScriptedIncident.BOB, T0.plusSeconds(i)));
        }
        return events;
    }

    private String randomText() {
        var text = new StringBuilder(MESSAGE_CHARS);
        for (int c = 0; c < MESSAGE_CHARS; c++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private void sendEvents(List<LedgerEvent> events) throws Exception {
        send(TimelineTopology.INPUT_TOPIC, events.get(0).incidentId().value(), events,
                JsonSerdes.ledgerEvents(mapper).serializer());
    }

    // keyed by incident id, as the ledger publisher and ViewRepublisher key them
    private <V> void send(String topic, String key, List<V> values, Serializer<V> serializer) throws Exception {
        Map<String, Object> config = new HashMap<>(ViewRecords.producerConfig());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.servers());
        try (var producer = new KafkaProducer<>(config, Serdes.String().serializer(), serializer)) {
            for (V value : values) {
                producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private IncidentTimeline awaitTimeline(KafkaStreams streams, String ref, int entries) {
        IncidentTimeline[] found = new IncidentTimeline[1];
        await().atMost(WAIT).failFast("Streams failed", () -> failed(streams)).ignoreExceptions().untilAsserted(() -> {
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
            found[0] = LargeTimelineIT.<IncidentTimeline>store(streams, TimelineTopology.TIMELINES_STORE).get(ref);
            assertThat(found[0].entries()).hasSize(entries);
        });
        return found[0];
    }

    // without a handler, a failed stream thread shuts the whole client down
    private static boolean failed(KafkaStreams streams) {
        return streams.state() == KafkaStreams.State.PENDING_ERROR || streams.state() == KafkaStreams.State.ERROR;
    }

    private static <V> ReadOnlyKeyValueStore<String, V> store(KafkaStreams streams, String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name,
                QueryableStoreTypes.<String, V>keyValueStore()));
    }

    private static boolean everythingCommitted(String applicationId) throws Exception {
        try (Admin admin = Admin.create(LocalKafka.adminConfig(KAFKA.servers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < 3; p++) {
                latest.put(new TopicPartition(TimelineTopology.INPUT_TOPIC, p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || committed.containsKey(end.getKey())
                    && committed.get(end.getKey()).offset() >= end.getValue().offset());
        }
    }
}
