package io.incidentledger.projections.fold;

import static io.incidentledger.projections.testdata.ScriptedIncident.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.api.testdata.RecordingDeadLetters;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.kafka.StreamsDeadLetters;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The folds' limit on one view, shown on the status view, whose public updates grow with its incident. */
class ViewLimitTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final int LIMIT = 20_000;

    private final com.fasterxml.jackson.databind.ObjectMapper mapper = LedgerJson.newMapper();
    private final RecordingDeadLetters parked = new RecordingDeadLetters();
    private TopologyTestDriver driver;
    private TestInputTopic<String, LedgerEvent> events;

    @BeforeEach
    void setUp() {
        var builder = new StreamsBuilder();
        CurrentIncidentsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.incidentViews(mapper));
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "view-limit-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsDeadLetters.CONFIG, parked);
        config.put(StreamsDeadLetters.MAX_VIEW_BYTES_CONFIG, LIMIT);
        driver = new TopologyTestDriver(builder.build(), config);
        events = driver.createInputTopic(CurrentIncidentsTopology.INPUT_TOPIC, Serdes.String().serializer(),
                JsonSerdes.ledgerEvents(mapper).serializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void anEventThatWouldGrowTheViewPastItsLimitIsParkedAndTheEventsAfterItFoldOn() {
        var incident = new ScriptedIncident(9);
        pipe(incident.declared("Big updates", Severity.SEV2, T0));
        pipe(incident.status(IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED, "a".repeat(8_000), ADA,
                T0.plusSeconds(1)));
        LedgerEvent tooMuch = incident.status(IncidentStatus.IDENTIFIED, IncidentStatus.MONITORING,
                "b".repeat(15_000), ADA, T0.plusSeconds(2));
        pipe(tooMuch);
        pipe(incident.status(IncidentStatus.IDENTIFIED, IncidentStatus.RESOLVED, "still here", ADA,
                T0.plusSeconds(3)));

        IncidentView view = stored(incident.key());
        assertThat(view.updates()).extracting(IncidentUpdateView::body).contains("still here")
                .doesNotContain("b".repeat(15_000));
        assertThat(parked.list(0, 10)).singleElement().satisfies(letter -> {
            assertThat(letter.processor()).isEqualTo("kafka-streams/" + CurrentIncidentsTopology.AGGREGATE_STORE);
            assertThat(letter.eventId()).isEqualTo(tooMuch.eventId());
            assertThat(letter.incidentId()).isEqualTo(incident.key());
            assertThat(letter.errorMessage()).contains("past " + LIMIT + " bytes");
        });
    }

    private void pipe(LedgerEvent event) {
        events.pipeInput(event.incidentId().value(), event);
    }

    private IncidentView stored(String incidentId) {
        KeyValueStore<String, byte[]> aggregates = driver.getKeyValueStore(CurrentIncidentsTopology.AGGREGATE_STORE);
        return JsonSerdes.incidentViews(mapper).deserializer().deserialize(CurrentIncidentsTopology.AGGREGATE_STORE,
                aggregates.get(incidentId));
    }
}
