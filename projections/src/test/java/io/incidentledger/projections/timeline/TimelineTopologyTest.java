package io.incidentledger.projections.timeline;

import static io.incidentledger.projections.testdata.ScriptedIncident.ADA;
import static io.incidentledger.projections.testdata.ScriptedIncident.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.kafka.JsonSerdes;
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

class TimelineTopologyTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final com.fasterxml.jackson.databind.ObjectMapper mapper = LedgerJson.newMapper();
    private TopologyTestDriver driver;
    private TestInputTopic<String, LedgerEvent> events;
    private TestOutputTopic<String, IncidentTimeline> timelines;

    @BeforeEach
    void setUp() {
        var builder = new StreamsBuilder();
        TimelineTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.timelines(mapper));
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), config);
        events = driver.createInputTopic(TimelineTopology.INPUT_TOPIC, Serdes.String().serializer(),
                JsonSerdes.ledgerEvents(mapper).serializer());
        timelines = driver.createOutputTopic(TimelineTopology.TIMELINES_TOPIC, Serdes.String().deserializer(),
                JsonSerdes.timelines(mapper).deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void entriesAreOrderedByWhenTheyHappenedWithEditsDeletesAndPinsAtTheMessageTime() {
        var incident = new ScriptedIncident(7);
        pipe(incident, incident.declared("Checkout errors", Severity.SEV2, T0));
        pipe(incident, incident.note("dashboards red", ADA, T0.plusSeconds(300)));
        // arrives after the note, but was said before it
        pipe(incident, incident.message("m1", "rollback?", BOB, T0.plusSeconds(120)));
        pipe(incident, incident.message("m2", "typo mesage", BOB, T0.plusSeconds(130)));
        pipe(incident, incident.edited("m1", "rollback?", "rollback now", BOB, T0.plusSeconds(400)));
        pipe(incident, incident.deleted("m2", "typo mesage", BOB, T0.plusSeconds(410)));
        pipe(incident, incident.pinned("m1", "rollback now", T0.plusSeconds(120), ADA, T0.plusSeconds(500)));
        pipe(incident, incident.message("m3", "second thought", ADA, T0.plusSeconds(60)));
        pipe(incident, incident.pinned("m3", "second thought", T0.plusSeconds(60), ADA, T0.plusSeconds(600)));
        pipe(incident, incident.unpinned("m3", ADA, T0.plusSeconds(700)));

        IncidentTimeline timeline = timelines.readValuesToList().get(9);

        assertThat(timeline.entries()).extracting(TimelineEntry::kind).containsExactly("incident_declared",
                "chat_message_recorded", "chat_message_recorded", "message_pinned", "chat_message_recorded",
                "internal_note_added");
        assertThat(timeline.entries()).extracting(TimelineEntry::occurredAt).isSorted();
        TimelineEntry edited = timeline.entries().get(2);
        assertThat(edited.text()).isEqualTo("rollback now");
        assertThat(edited.earlierTexts()).containsExactly("rollback?");
        assertThat(timeline.entries().get(3).occurredAt()).isEqualTo(T0.plusSeconds(120));
        TimelineEntry deleted = timeline.entries().get(4);
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.text()).isEqualTo("typo mesage");
        assertThat(timeline.pins()).extracting(TimelineEntry::messageId).containsExactly("m1");
        KeyValueStore<String, IncidentTimeline> store = driver.getKeyValueStore(TimelineTopology.TIMELINES_STORE);
        assertThat(store.get("INC-7")).isEqualTo(timeline);
    }

    @Test
    void aRedeliveredEventAddsNoEntry() {
        var incident = new ScriptedIncident(8);
        pipe(incident, incident.declared("Search slow", Severity.SEV3, T0));
        LedgerEvent note = incident.note("looking", ADA, T0.plusSeconds(10));
        pipe(incident, note);
        pipe(incident, note);

        assertThat(timelines.readValuesToList()).last()
                .satisfies(t -> assertThat(t.entries()).hasSize(2));
        KeyValueStore<String, IncidentTimeline> aggregates = driver.getKeyValueStore(TimelineTopology.AGGREGATE_STORE);
        assertThat(aggregates.get(incident.key()).entries()).hasSize(2);
    }

    private void pipe(ScriptedIncident incident, LedgerEvent event) {
        events.pipeInput(incident.key(), event);
    }
}
