package io.incidentledger.projections.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.api.testdata.RecordingDeadLetters;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.kafka.ParkingDeserializationHandler;
import io.incidentledger.projections.kafka.StreamsDeadLetters;
import io.incidentledger.projections.testdata.LocalKafka;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * A foreign record restored into the current-incidents store at start: the planners list every incident through
 * {@link CurrentIncidents#all()}, which must leave it out as {@code find} does, or each of their events is parked.
 */
class UnreadableCurrentIncidentsIT {

    private static String servers;
    private final ObjectMapper mapper = LedgerJson.newMapper();

    @BeforeAll
    static void broker() throws Exception {
        servers = LocalKafka.start();
        LocalKafka.createTopics(servers, List.of(new NewTopic(CurrentIncidentsTopology.INPUT_TOPIC, 1, (short) 1),
                new NewTopic(CurrentIncidentsTopology.REPAIRS_TOPIC, 1, (short) 1),
                new NewTopic(CurrentIncidentsTopology.VIEWS_TOPIC, 1, (short) 1)
                        .configs(Map.of("cleanup.policy", "compact"))));
    }

    @AfterAll
    static void stop() {
        LocalKafka.stop();
    }

    @Test
    void anUnreadableViewRestoredAtStartIsLeftOutOfTheListOfAllIncidents(@TempDir Path disk) throws Exception {
        IncidentView readable = IncidentProjector.apply(null, new ScriptedIncident(21).declared("Readable",
                Severity.SEV2, Instant.parse("2026-12-01T09:00:00Z")));
        send(readable.incidentId().value(), JsonSerdes.incidentViews(mapper).serializer().serialize("test", readable));
        send("foreign", new byte[] {0, 1, 2, (byte) 0xff, '{'});

        var builder = new StreamsBuilder();
        CurrentIncidentsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.incidentViews(mapper));
        var parked = new RecordingDeadLetters();
        // the app's handler: the global store's processor reads every record at restore, so one that cannot be read
        // is parked there, and the application starts
        try (var streams = new KafkaStreams(builder.build(), new StreamsConfig(Map.of(
                StreamsConfig.APPLICATION_ID_CONFIG, "unreadable-current-incidents",
                StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                StreamsConfig.STATE_DIR_CONFIG, disk.toString(),
                StreamsConfig.DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                ParkingDeserializationHandler.class,
                StreamsDeadLetters.CONFIG, parked)))) {
            streams.start();
            var current = new GlobalStoreCurrentIncidents(running(streams));
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                    .until(() -> current.find(readable.incidentId().value()).isPresent());

            assertThat(current.find("foreign")).isEmpty();
            assertThat(current.all()).containsExactly(readable);
            assertThat(parked.parked()).hasSize(1);
        }
    }

    private static StreamsBuilderFactoryBean running(KafkaStreams streams) {
        return new StreamsBuilderFactoryBean() {
            @Override
            public KafkaStreams getKafkaStreams() {
                return streams;
            }
        };
    }

    private static void send(String key, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(CurrentIncidentsTopology.VIEWS_TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        }
    }
}
