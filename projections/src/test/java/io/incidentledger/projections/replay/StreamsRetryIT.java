package io.incidentledger.projections.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.api.testdata.RecordingDeadLetters;
import io.incidentledger.projections.ProjectionsProperties;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.kafka.StreamsDeadLetters;
import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.testdata.NoMetrics;
import io.incidentledger.projections.testdata.ScriptedIncident;
import io.incidentledger.projections.testdata.ViewsKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Retrying an event the status fold parked for its size, on a real broker: the retry refolds the incident from
 * the ledger and is refused while the view would still be past the limit; once the limit is raised and the
 * application restarted, the same retry repairs the view with the parked event, and the next event folds onto it.
 */
class StreamsRetryIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final int LIMIT = 20_000;
    private static final int RAISED = 100_000;
    private static final int BODY = LIMIT * 4 / 10;
    @RegisterExtension
    static final ViewsKafka KAFKA = new ViewsKafka(
            ViewRecords.repairsTopic(CurrentIncidentsTopology.REPAIRS_TOPIC, 3, (short) 1),
            ViewRecords.viewTopic(CurrentIncidentsTopology.VIEWS_TOPIC));

    private final ObjectMapper mapper = LedgerJson.newMapper();
    private final List<LedgerEvent> ledger = new CopyOnWriteArrayList<>();
    private final AtomicReference<KafkaStreams> running = new AtomicReference<>();

    @Test
    void aParkedEventIsRefusedOnRetryUntilTheLimitIsRaisedThenTheRetryRepairsTheView(@TempDir Path disk)
            throws Exception {
        var incident = new ScriptedIncident(3);
        var parked = new RecordingDeadLetters();
        try (KafkaStreams limited = start(LIMIT, parked, disk)) {
            append(incident.declared("Wordy incident", Severity.SEV2, T0));
            append(incident.status(IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED, "a".repeat(BODY),
                    ScriptedIncident.ADA, T0.plusSeconds(1)));
            append(incident.status(IncidentStatus.IDENTIFIED, IncidentStatus.MONITORING, "b".repeat(BODY),
                    ScriptedIncident.ADA, T0.plusSeconds(2)));
            append(incident.status(IncidentStatus.MONITORING, IncidentStatus.IDENTIFIED, "c".repeat(BODY),
                    ScriptedIncident.ADA, T0.plusSeconds(3)));
            append(incident.status(IncidentStatus.MONITORING, IncidentStatus.MONITORING, "still folding",
                    ScriptedIncident.ADA, T0.plusSeconds(60)));
            await().atMost(WAIT).ignoreExceptions().until(() -> bodies(limited, incident).contains("still folding"));
            assertThat(parked.list(0, 10)).singleElement().satisfies(letter -> assertThat(letter.processor())
                    .endsWith(CurrentIncidentsTopology.AGGREGATE_STORE));

            assertThatThrownBy(() -> retry(LIMIT, parked.list(0, 10).get(0))).isInstanceOf(ViewTooLarge.class)
                    .hasMessageContaining("INC-3 in " + CurrentIncidentsTopology.AGGREGATE_STORE)
                    .hasMessageContaining("past " + LIMIT);
            assertThat(bodies(limited, incident)).doesNotContain("c".repeat(BODY));
        }

        try (KafkaStreams raised = start(RAISED, new RecordingDeadLetters(), disk)) {
            await().atMost(WAIT).ignoreExceptions().until(() -> bodies(raised, incident).contains("still folding"));
            retry(RAISED, parked.list(0, 10).get(0));

            await().atMost(WAIT).ignoreExceptions().until(() -> bodies(raised, incident).contains("c".repeat(BODY)));
            append(incident.status(IncidentStatus.MONITORING, IncidentStatus.RESOLVED, "after the repair",
                    ScriptedIncident.ADA, T0.plusSeconds(120)));
            await().atMost(WAIT).ignoreExceptions().until(() -> bodies(raised, incident).containsAll(
                    List.of("a".repeat(BODY), "still folding", "after the repair")));
        }
    }

    private void retry(int limit, DeadLetter letter) throws Exception {
        LiveViews live = new LiveViews(() -> views(running.get()), new NoMetrics());
        var properties = new KafkaProperties();
        properties.setBootstrapServers(List.of(KAFKA.servers()));
        var refold = new IncidentRefold(new ScriptedHistory(ledger), live, new ViewRepublisher(properties, mapper), mapper);
        new StreamsRedelivery(refold, new ProjectionsProperties("unused", null, limit, Duration.ofMillis(20),
                DataSize.ofMegabytes(64))).redeliver(letter);
    }

    private KafkaStreams start(int maxViewBytes, RecordingDeadLetters parked, Path disk) {
        var builder = new StreamsBuilder();
        CurrentIncidentsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.incidentViews(mapper));
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
            producer.send(new ProducerRecord<>(CurrentIncidentsTopology.INPUT_TOPIC, event.incidentId().value(), event))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> bodies(KafkaStreams streams, ScriptedIncident incident) {
        IncidentView view = store(streams).get(incident.key());
        return view == null ? List.of() : view.updates().stream().map(IncidentUpdateView::body).toList();
    }

    private static List<IncidentView> views(KafkaStreams streams) {
        List<IncidentView> views = new ArrayList<>();
        try (var all = store(streams).all()) {
            all.forEachRemaining(entry -> views.add(entry.value));
        }
        return views;
    }

    private static org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, IncidentView> store(
            KafkaStreams streams) {
        return streams.store(StoreQueryParameters.fromNameAndType(CurrentIncidentsTopology.VIEWS_STORE,
                QueryableStoreTypes.<String, IncidentView>keyValueStore()));
    }
}
