package io.incidentledger.projections.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.api.testdata.RecordingDeadLetters;
import io.incidentledger.projections.testdata.ScriptedIncident;
import io.incidentledger.projections.testdata.ViewsKafka;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.MetricsProjector;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Foreign bytes on a view topic, on a real broker: the global table restores them unread at start, and reads leave
 * them out; one that arrives while running is parked by the global thread (as base64: it is not text), which reads on.
 */
class UnreadableViewRecordsIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final byte[] GARBAGE = {0, 1, 2, (byte) 0xff, '{'};
    @RegisterExtension
    static final ViewsKafka KAFKA = new ViewsKafka();

    private final ObjectMapper mapper = LedgerJson.newMapper();

    @Test
    void unreadableViewRecordsAreLeftOutOfReadsAndParkedWhileTheGlobalThreadReadsOn(@TempDir Path disk)
            throws Exception {
        var incident = new ScriptedIncident(8);
        IncidentMetrics readable = MetricsProjector.apply(null, incident.declared("Readable", Severity.SEV3,
                Instant.parse("2026-11-22T09:00:00Z")));
        KAFKA.sendView("INC-8", JsonSerdes.metrics(mapper).serializer().serialize("test", readable));
        KAFKA.sendView("INC-9", GARBAGE);
        var parked = new RecordingDeadLetters();

        try (KafkaStreams streams = start(parked, disk)) {
            await().atMost(WAIT).ignoreExceptions().until(() -> GlobalStores.get(streams,
                    IncidentMetricsTopology.METRICS_STORE, "INC-8") != null);
            assertThat(GlobalStores.<IncidentMetrics>all(streams, IncidentMetricsTopology.METRICS_STORE))
                    .containsExactly(readable);
            assertThat(GlobalStores.<IncidentMetrics>get(streams, IncidentMetricsTopology.METRICS_STORE, "INC-9")).isNull();

            KAFKA.sendView("INC-10", GARBAGE);
            await().atMost(WAIT).until(() -> !parked.list(0, 10).isEmpty());
            assertThat(parked.list(0, 10)).singleElement().satisfies(letter -> {
                assertThat(letter.processor()).isEqualTo(StreamsDeadLetters.PROCESSOR);
                assertThat(letter.incidentId()).isEqualTo("INC-10");
                assertThat(letter.payload()).isEqualTo("base64:AAEC/3s=");
            });
            IncidentMetrics later = MetricsProjector.apply(null, new ScriptedIncident(11).declared("Later",
                    Severity.SEV3, Instant.parse("2026-11-22T10:00:00Z")));
            KAFKA.sendView("INC-11", JsonSerdes.metrics(mapper).serializer().serialize("test", later));
            await().atMost(WAIT).until(() -> GlobalStores.get(streams, IncidentMetricsTopology.METRICS_STORE, "INC-11") != null);
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    private KafkaStreams start(RecordingDeadLetters parked, Path disk) {
        var builder = new StreamsBuilder();
        IncidentMetricsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.metrics(mapper));
        Map<String, Object> config = KAFKA.streamsConfig("unreadable-views", disk);
        config.put(StreamsConfig.DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                ParkingDeserializationHandler.class);
        config.put(StreamsDeadLetters.CONFIG, parked);
        var streams = new KafkaStreams(builder.build(), new StreamsConfig(config));
        streams.start();
        return streams;
    }
}
