package io.incidentledger.projections.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.testdata.LocalKafka;
import io.incidentledger.projections.testdata.ParkedEvents;
import io.incidentledger.projections.testdata.ScriptedIncident;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.TimelineProjector;
import io.incidentledger.projections.timeline.TimelineTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Foreign bytes on a view topic, on a real broker: the global table restores them unread at start, and reads leave
 * them out; one that arrives while running is parked by the global thread (as base64: it is not text), which reads on.
 */
class UnreadableViewRecordsIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final byte[] GARBAGE = {0, 1, 2, (byte) 0xff, '{'};

    private static String kafka;
    private final ObjectMapper mapper = LedgerJson.newMapper();

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = LocalKafka.start();
        LocalKafka.createTopics(kafka, List.of(new NewTopic(TimelineTopology.INPUT_TOPIC, 3, (short) 1),
                ViewRecords.repairsTopic(TimelineTopology.REPAIRS_TOPIC, 3, (short) 1),
                ViewRecords.viewTopic(TimelineTopology.TIMELINES_TOPIC)));
    }

    @AfterAll
    static void stopKafka() {
        LocalKafka.stop();
    }

    @Test
    void unreadableViewRecordsAreLeftOutOfReadsAndParkedWhileTheGlobalThreadReadsOn(@TempDir Path disk)
            throws Exception {
        var incident = new ScriptedIncident(8);
        IncidentTimeline readable = TimelineProjector.apply(null, incident.declared("Readable", Severity.SEV3,
                Instant.parse("2026-11-22T09:00:00Z")));
        send("INC-8", JsonSerdes.timelines(mapper).serializer().serialize("test", readable));
        send("INC-9", GARBAGE);
        var parked = new ParkedEvents();

        try (KafkaStreams streams = start(parked, disk)) {
            await().atMost(WAIT).ignoreExceptions().until(() -> GlobalStores.get(streams,
                    TimelineTopology.TIMELINES_STORE, "INC-8") != null);
            assertThat(GlobalStores.<IncidentTimeline>all(streams, TimelineTopology.TIMELINES_STORE))
                    .containsExactly(readable);
            assertThat(GlobalStores.<IncidentTimeline>get(streams, TimelineTopology.TIMELINES_STORE, "INC-9")).isNull();

            send("INC-10", GARBAGE);
            await().atMost(WAIT).until(() -> !parked.list(0, 10).isEmpty());
            assertThat(parked.list(0, 10)).singleElement().satisfies(letter -> {
                assertThat(letter.processor()).isEqualTo(StreamsDeadLetters.PROCESSOR);
                assertThat(letter.incidentId()).isEqualTo("INC-10");
                assertThat(letter.payload()).isEqualTo("base64:AAEC/3s=");
            });
            IncidentTimeline later = TimelineProjector.apply(null, new ScriptedIncident(11).declared("Later",
                    Severity.SEV3, Instant.parse("2026-11-22T10:00:00Z")));
            send("INC-11", JsonSerdes.timelines(mapper).serializer().serialize("test", later));
            await().atMost(WAIT).until(() -> GlobalStores.get(streams, TimelineTopology.TIMELINES_STORE, "INC-11") != null);
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    private KafkaStreams start(ParkedEvents parked, Path disk) {
        var builder = new StreamsBuilder();
        TimelineTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.timelines(mapper));
        Map<String, Object> config = new HashMap<>(ViewRecords.streamsConfig());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "unreadable-views");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(StreamsConfig.STATE_DIR_CONFIG, disk.toString());
        config.put(StreamsConfig.DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                ParkingDeserializationHandler.class);
        config.put(StreamsDeadLetters.CONFIG, parked);
        var streams = new KafkaStreams(builder.build(), new StreamsConfig(config));
        streams.start();
        return streams;
    }

    private void send(String key, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TimelineTopology.TIMELINES_TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        }
    }
}
