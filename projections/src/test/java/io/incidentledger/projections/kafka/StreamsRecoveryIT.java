package io.incidentledger.projections.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.FailedEvent;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.testdata.ScriptedIncident;
import io.incidentledger.projections.testdata.ViewsKafka;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.MetricsProjector;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * A failure on the global thread, on a real broker: parking an unreadable view record fails (the dead-letter table
 * is down), so the global thread dies; the client is shut down and started again, and the views are read once more.
 */
class StreamsRecoveryIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    @RegisterExtension
    static final ViewsKafka KAFKA = new ViewsKafka();

    private final ObjectMapper mapper = LedgerJson.newMapper();

    @Test
    void aGlobalThreadThatFailsIsRestartedWithItsClientAndTheViewsAreReadAgain(@TempDir Path disk) throws Exception {
        var parks = new AtomicInteger();
        var factory = new StreamsBuilderFactoryBean(new KafkaStreamsConfiguration(config(tableDown(parks), disk)));
        new StreamsRecovery(Duration.ofSeconds(1)).configure(factory);
        factory.afterPropertiesSet();
        IncidentMetricsTopology.build(factory.getObject(), JsonSerdes.ledgerEvents(mapper), JsonSerdes.metrics(mapper));
        // as the Spring context does once every bean exists: the topology is built here, and reused by a restart
        factory.afterSingletonsInstantiated();
        factory.start();
        try {
            await().atMost(WAIT).until(() -> factory.getKafkaStreams() != null
                    && factory.getKafkaStreams().state() == KafkaStreams.State.RUNNING);
            KafkaStreams first = factory.getKafkaStreams();

            KAFKA.sendView("INC-20", new byte[] {0, '{'});
            await().atMost(WAIT).until(() -> parks.get() == 1);
            // read once: while the recovery restarts the client, the factory holds none for a moment
            await().atMost(WAIT).until(() -> {
                KafkaStreams now = factory.getKafkaStreams();
                return now != null && now != first && now.state() == KafkaStreams.State.RUNNING;
            });

            IncidentMetrics later = MetricsProjector.apply(null, new ScriptedIncident(21).declared("After the restart",
                    Severity.SEV3, Instant.parse("2026-11-22T10:00:00Z")));
            KAFKA.sendView("INC-21", JsonSerdes.metrics(mapper).serializer().serialize("test", later));
            await().atMost(WAIT).ignoreExceptions().until(() -> later.equals(GlobalStores.get(factory,
                    IncidentMetricsTopology.METRICS_STORE, "INC-21")));
            assertThat(GlobalStores.<IncidentMetrics>all(factory, IncidentMetricsTopology.METRICS_STORE))
                    .containsExactly(later);
            assertThat(first.state()).isIn(KafkaStreams.State.ERROR, KafkaStreams.State.NOT_RUNNING);
        } finally {
            factory.stop();
        }
    }

    private Map<String, Object> config(DeadLetters deadLetters, Path disk) {
        Map<String, Object> config = KAFKA.streamsConfig("streams-recovery", disk);
        config.put(StreamsConfig.DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                ParkingDeserializationHandler.class);
        config.put(StreamsDeadLetters.CONFIG, deadLetters);
        return config;
    }

    /** The dead-letter table while its database is down: every park fails. */
    private static DeadLetters tableDown(AtomicInteger parks) {
        return new DeadLetters() {
            @Override
            public boolean isTransient(Throwable error) {
                return false;
            }

            @Override
            public int maxAttempts() {
                return 1;
            }

            @Override
            public void park(FailedEvent event, Throwable error, int attempts, Instant firstFailedAt) {
                parks.incrementAndGet();
                throw new IllegalStateException("The dead-letter table cannot be reached");
            }

            @Override
            public List<DeadLetter> list(int page, int size) {
                return List.of();
            }

            @Override
            public Map<String, Long> countByProcessor() {
                return Map.of();
            }

            @Override
            public Optional<DeadLetter> find(long id) {
                return Optional.empty();
            }

            @Override
            public Optional<RetryOutcome> retry(long id) {
                return Optional.empty();
            }
        };
    }
}
