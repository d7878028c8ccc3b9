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
import java.util.ArrayList;
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

class TimelineTopologyTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final String APPLICATION_ID = "test";

    private final com.fasterxml.jackson.databind.ObjectMapper mapper = LedgerJson.newMapper();
    private TopologyTestDriver driver;
    private TestInputTopic<String, LedgerEvent> events;
    private TestOutputTopic<String, IncidentTimeline> timelines;
    private final List<LedgerEvent> piped = new ArrayList<>();

    @BeforeEach
    void setUp() {
        var builder = new StreamsBuilder();
        TimelineTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.timelines(mapper));
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
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

        IncidentTimeline timeline = published().get("INC-7");

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
        assertThat(timeline).as("what a replay folds from the same events").isEqualTo(replayed());
    }

    @Test
    void aRedeliveredEventAddsNoEntryAndPublishesNothing() {
        var incident = new ScriptedIncident(8);
        pipe(incident, incident.declared("Search slow", Severity.SEV3, T0));
        LedgerEvent note = incident.note("looking", ADA, T0.plusSeconds(10));
        pipe(incident, note);
        assertThat(published().get("INC-8").entries()).hasSize(2);

        pipe(incident, note);

        assertThat(published()).as("nothing republished").isEmpty();
        assertThat(aggregate(incident.key()).entries()).hasSize(2);
    }

    @Test
    void manyEventsWithinOneIntervalPublishOneRecordWithTheLatestTimeline() {
        var incident = new ScriptedIncident(9);
        pipe(incident, incident.declared("Busy incident", Severity.SEV1, T0));
        for (int i = 1; i <= 200; i++) {
            pipe(incident, incident.message("m" + i, "message " + i, BOB, T0.plusSeconds(i)));
        }
        assertThat(timelines.isEmpty()).as("nothing published before the interval").isTrue();
        KeyValueStore<String, Long> pending = driver.getKeyValueStore(TimelineTopology.PENDING_STORE);
        assertThat(pending.get(incident.key())).isNotNull();

        driver.advanceWallClockTime(TimelineTopology.PUBLISH_EVERY);

        var records = timelines.readKeyValuesToList();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key).isEqualTo("INC-9");
            assertThat(record.value.entries()).hasSize(201);
            assertThat(record.value.lastSequence()).isEqualTo(200);
        });
        assertThat(aggregate(incident.key())).isEqualTo(records.get(0).value);
        assertThat(pending.get(incident.key())).as("the mark is cleared").isNull();
        assertThat(published()).as("published once").isEmpty();
    }

    @Test
    void aRepairReplacesTheStoredTimelineAndIsPublishedSoTheNextEventFoldsOntoIt() {
        var incident = new ScriptedIncident(10);
        pipe(incident, incident.declared("Wrong title", Severity.SEV2, T0));
        IncidentTimeline live = published().get("INC-10");
        var repairs = driver.createInputTopic(TimelineTopology.REPAIRS_TOPIC, Serdes.String().serializer(),
                JsonSerdes.timelines(mapper).serializer());
        var rebuilt = new IncidentTimeline(live.incidentId(), live.ref(), "Rebuilt title", live.severity(),
                live.status(), live.summary(), live.impact(), live.declaredAt(), live.entries(), live.actions(),
                live.lastSequence());

        repairs.pipeInput(incident.key(), rebuilt);

        assertThat(published().get("INC-10")).isEqualTo(rebuilt);
        pipe(incident, incident.note("still looking", ADA, T0.plusSeconds(60)));
        IncidentTimeline next = published().get("INC-10");
        assertThat(next.title()).as("the next event folded onto the repaired state").isEqualTo("Rebuilt title");
        assertThat(next.entries()).hasSize(2);
    }

    @Test
    void aPendingMarkIsLoggedInTheSameCommitAsTheTimelineItMarks() {
        var incident = new ScriptedIncident(11);
        var aggregateLog = driver.createOutputTopic(changelog(TimelineTopology.AGGREGATE_STORE),
                Serdes.String().deserializer(), JsonSerdes.timelines(mapper).deserializer());
        var pendingLog = driver.createOutputTopic(changelog(TimelineTopology.PENDING_STORE),
                Serdes.String().deserializer(), Serdes.Long().deserializer());

        pipe(incident, incident.declared("Crash before publication", Severity.SEV2, T0));

        // what a restarted task restores: the timeline and its mark, though nothing was published
        assertThat(aggregateLog.readKeyValuesToMap()).containsOnlyKeys(incident.key());
        assertThat(pendingLog.readKeyValuesToMap()).containsOnlyKeys(incident.key());
        assertThat(timelines.isEmpty()).isTrue();
        driver.advanceWallClockTime(TimelineTopology.PUBLISH_EVERY);
        assertThat(timelines.readKeyValuesToMap()).containsOnlyKeys("INC-11");
        assertThat(pendingLog.readKeyValuesToList()).singleElement()
                .satisfies(cleared -> assertThat(cleared.value).isNull());
    }

    // the aggregate store holds the timeline serde's bytes, as its changelog always did
    private IncidentTimeline aggregate(String incidentId) {
        KeyValueStore<String, byte[]> aggregates = driver.getKeyValueStore(TimelineTopology.AGGREGATE_STORE);
        return JsonSerdes.timelines(mapper).deserializer().deserialize(TimelineTopology.AGGREGATE_STORE,
                aggregates.get(incidentId));
    }

    private Map<String, IncidentTimeline> published() {
        driver.advanceWallClockTime(TimelineTopology.PUBLISH_EVERY);
        return timelines.readKeyValuesToMap();
    }

    private static String changelog(String store) {
        return APPLICATION_ID + "-" + store + "-changelog";
    }

    private IncidentTimeline replayed() {
        return piped.stream().reduce(null, TimelineProjector::apply, (earlier, later) -> later);
    }

    private void pipe(ScriptedIncident incident, LedgerEvent event) {
        piped.add(event);
        events.pipeInput(incident.key(), event);
    }
}
