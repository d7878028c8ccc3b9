package io.incidentledger.projections.metrics;

import static io.incidentledger.projections.testdata.ScriptedIncident.ADA;
import static io.incidentledger.projections.testdata.ScriptedIncident.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

class IncidentMetricsTopologyTest {

    // a Monday: ISO week 2026-W48
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final com.fasterxml.jackson.databind.ObjectMapper mapper = LedgerJson.newMapper();
    private TopologyTestDriver driver;
    private TestInputTopic<String, LedgerEvent> events;
    private TestOutputTopic<String, IncidentMetrics> metrics;

    @BeforeEach
    void setUp() {
        var builder = new StreamsBuilder();
        IncidentMetricsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.metrics(mapper));
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), config);
        events = driver.createInputTopic(IncidentMetricsTopology.INPUT_TOPIC, Serdes.String().serializer(),
                JsonSerdes.ledgerEvents(mapper).serializer());
        metrics = driver.createOutputTopic(IncidentMetricsTopology.METRICS_TOPIC, Serdes.String().deserializer(),
                JsonSerdes.metrics(mapper).deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void aScriptedIncidentHasItsTimesToAcknowledgeMitigateAndResolve() {
        var incident = new ScriptedIncident(3);
        pipe(incident, incident.declared("Checkout errors", Severity.SEV2, T0));
        pipe(incident, incident.leadAssigned(BOB, T0));
        // ada is not the lead: her note acknowledges nothing
        pipe(incident, incident.note("looking too", ADA, T0.plusSeconds(60)));
        pipe(incident, incident.note("on it", BOB, T0.plusSeconds(240)));
        pipe(incident, incident.status(IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED, "bad deploy", BOB, T0.plusSeconds(600)));
        pipe(incident, incident.status(IncidentStatus.IDENTIFIED, IncidentStatus.MONITORING, "rolled back", BOB, T0.plusSeconds(1800)));
        pipe(incident, incident.status(IncidentStatus.MONITORING, IncidentStatus.RESOLVED, "fine", BOB, T0.plusSeconds(3600)));

        IncidentMetrics result = metrics.readKeyValuesToMap().get("INC-3");

        assertThat(result.timeToAcknowledge()).isEqualTo(Duration.ofMinutes(4));
        assertThat(result.timeToMitigate()).isEqualTo(Duration.ofMinutes(30));
        assertThat(result.timeToResolve()).isEqualTo(Duration.ofHours(1));
        KeyValueStore<String, IncidentMetrics> store = driver.getKeyValueStore(IncidentMetricsTopology.METRICS_STORE);
        assertThat(store.get("INC-3")).isEqualTo(result);
    }

    @Test
    void aLeadMessageWrittenBeforeTheDeclarationAcknowledgesNothingBeforeIt() {
        var incident = new ScriptedIncident(4);
        pipe(incident, incident.declared("Queue backlog", Severity.SEV3, T0));
        pipe(incident, incident.leadAssigned(BOB, T0));
        // recorded after the declaration, but stamped with its own, earlier time
        pipe(incident, incident.message("1700.1", "queue is growing", BOB, T0.minusSeconds(30)));

        assertThat(metrics.readKeyValuesToMap().get("INC-4").timeToAcknowledge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void identifiedAcknowledgesAndTheSummaryCountsBySeverityPerWeek() {
        var first = new ScriptedIncident(4);
        pipe(first, first.declared("Search slow", Severity.SEV3, T0));
        pipe(first, first.status(IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED, "index", BOB, T0.plusSeconds(120)));
        var second = new ScriptedIncident(5);
        pipe(second, second.declared("Login down", Severity.SEV3, T0.plusSeconds(86_400 * 7)));
        pipe(second, second.severity(Severity.SEV3, Severity.SEV1, BOB, T0.plusSeconds(86_400 * 7 + 60)));

        KeyValueStore<String, IncidentMetrics> store = driver.getKeyValueStore(IncidentMetricsTopology.METRICS_STORE);
        MetricsSummary summary = MetricsSummary.of(List.of(store.get("INC-4"), store.get("INC-5")));

        assertThat(summary.meanTimeToAcknowledgeSeconds()).isEqualTo(120.0);
        assertThat(summary.meanTimeToResolveSeconds()).isNull();
        assertThat(summary.declaredPerWeek()).isEqualTo(Map.of(
                "2026-W48", Map.of(Severity.SEV3, 1L), "2026-W49", Map.of(Severity.SEV1, 1L)));
        assertThat(metrics.readKeyValuesToMap()).containsOnlyKeys("INC-4", "INC-5");
    }

    private void pipe(ScriptedIncident incident, LedgerEvent event) {
        events.pipeInput(incident.key(), event);
    }
}
