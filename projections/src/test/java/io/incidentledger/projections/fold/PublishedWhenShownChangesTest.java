package io.incidentledger.projections.fold;

import static io.incidentledger.projections.testdata.ScriptedIncident.ADA;
import static io.incidentledger.projections.testdata.ScriptedIncident.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status and metrics views go out only when what they show changes; their stores keep every sequence. */
class PublishedWhenShownChangesTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final com.fasterxml.jackson.databind.ObjectMapper mapper = LedgerJson.newMapper();
    private TopologyTestDriver driver;
    private TestInputTopic<String, LedgerEvent> events;
    private TestOutputTopic<String, IncidentView> statusViews;
    private TestOutputTopic<String, IncidentMetrics> metricsViews;

    @BeforeEach
    void setUp() {
        var builder = new StreamsBuilder();
        CurrentIncidentsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.incidentViews(mapper));
        IncidentMetricsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.metrics(mapper));
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "published-when-shown-changes");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), config);
        events = driver.createInputTopic(CurrentIncidentsTopology.INPUT_TOPIC, Serdes.String().serializer(),
                JsonSerdes.ledgerEvents(mapper).serializer());
        statusViews = driver.createOutputTopic(CurrentIncidentsTopology.VIEWS_TOPIC, Serdes.String().deserializer(),
                JsonSerdes.incidentViews(mapper).deserializer());
        metricsViews = driver.createOutputTopic(IncidentMetricsTopology.METRICS_TOPIC,
                Serdes.String().deserializer(), JsonSerdes.metrics(mapper).deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void aChatMessageThatChangesNothingShownPublishesNoStatusOrMetricsRecordButIsStored() {
        var incident = new ScriptedIncident(31);
        pipe(incident.declared("Quiet chat", Severity.SEV2, T0));
        assertThat(statusViews.readValuesToList()).hasSize(1);
        assertThat(metricsViews.readValuesToList()).hasSize(1);

        LedgerEvent chat = incident.message("m1", "anyone looking?", BOB, T0.plusSeconds(5));
        pipe(chat);

        assertThat(statusViews.isEmpty()).as("no status record").isTrue();
        assertThat(metricsViews.isEmpty()).as("no metrics record").isTrue();
        assertThat(stored(CurrentIncidentsTopology.AGGREGATE_STORE, incident.key(), IncidentView.class)
                .lastSequence()).as("the status store keeps the sequence").isEqualTo(chat.sequence());
        assertThat(stored(IncidentMetricsTopology.AGGREGATE_STORE, incident.key(), IncidentMetrics.class)
                .lastSequence()).as("the metrics store keeps the sequence").isEqualTo(chat.sequence());
    }

    @Test
    void aChangeAfterQuietChatIsPublishedWithTheLatestSequence() {
        var incident = new ScriptedIncident(32);
        pipe(incident.declared("Then a change", Severity.SEV2, T0));
        pipe(incident.message("m1", "hm", BOB, T0.plusSeconds(5)));
        pipe(incident.message("m2", "hmm", BOB, T0.plusSeconds(6)));
        statusViews.readValuesToList();

        LedgerEvent identified = incident.status(IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED,
                "found it", ADA, T0.plusSeconds(10));
        pipe(identified);

        assertThat(statusViews.readValuesToList()).singleElement().satisfies(view -> {
            assertThat(view.status()).isEqualTo(IncidentStatus.IDENTIFIED);
            assertThat(view.lastSequence()).isEqualTo(identified.sequence());
        });
    }

    @Test
    void aRepairThatDiffersOnlyInItsSequenceIsStoredButNotRepublished() {
        var incident = new ScriptedIncident(33);
        pipe(incident.declared("Repaired quietly", Severity.SEV3, T0));
        IncidentView live = statusViews.readValuesToList().get(0);
        var repairs = driver.createInputTopic(CurrentIncidentsTopology.REPAIRS_TOPIC, Serdes.String().serializer(),
                JsonSerdes.incidentViews(mapper).serializer());
        var further = new IncidentView(live.incidentId(), live.ref(), live.title(), live.severity(), live.status(),
                live.createdAt(), live.updatedAt(), live.monitoringAt(), live.resolvedAt(), live.components(),
                live.updates(), live.lastSequence() + 3, live.componentHistory());

        repairs.pipeInput(incident.key(), further);

        assertThat(statusViews.isEmpty()).isTrue();
        assertThat(stored(CurrentIncidentsTopology.AGGREGATE_STORE, incident.key(), IncidentView.class))
                .isEqualTo(further);
    }

    private <V> V stored(String store, String incidentId, Class<V> type) {
        KeyValueStore<String, byte[]> aggregates = driver.getKeyValueStore(store);
        try {
            return mapper.readValue(aggregates.get(incidentId), type);
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private void pipe(LedgerEvent event) {
        events.pipeInput(event.incidentId().value(), event);
    }
}
