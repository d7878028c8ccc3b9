package io.incidentledger.projections.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.kafka.JsonSerdes;
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

class CurrentIncidentsTopologyTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final com.fasterxml.jackson.databind.ObjectMapper mapper = LedgerJson.newMapper();
    private TopologyTestDriver driver;
    private TestInputTopic<String, LedgerEvent> events;
    private TestOutputTopic<String, IncidentView> views;

    @BeforeEach
    void setUp() {
        var builder = new StreamsBuilder();
        CurrentIncidentsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.incidentViews(mapper));
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), config);
        events = driver.createInputTopic(CurrentIncidentsTopology.INPUT_TOPIC, Serdes.String().serializer(),
                JsonSerdes.ledgerEvents(mapper).serializer());
        views = driver.createOutputTopic(CurrentIncidentsTopology.VIEWS_TOPIC, Serdes.String().deserializer(),
                JsonSerdes.incidentViews(mapper).deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void aDeclaredIncidentBecomesAnInvestigatingViewInTheOutputAndInTheGlobalStore() {
        var declared = declared(7, "Checkout errors");

        events.pipeInput(declared.incidentId().value(), declared);

        IncidentView view = views.readValue();
        assertThat(view.ref()).isEqualTo(new IncidentRef(7));
        assertThat(view.status()).isEqualTo(IncidentStatus.INVESTIGATING);
        assertThat(view.impact()).isEqualTo("major");
        assertThat(view.updates()).singleElement()
                .satisfies(update -> assertThat(update.createdAt()).isEqualTo(T0));
        KeyValueStore<String, IncidentView> store = driver.getKeyValueStore(CurrentIncidentsTopology.VIEWS_STORE);
        assertThat(store.get(declared.incidentId().value())).isEqualTo(view);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        var declared = declared(8, "Search slow");
        events.pipeInput(declared.incidentId().value(), declared);
        IncidentView first = views.readValue();

        events.pipeInput(declared.incidentId().value(), declared);

        assertThat(views.isEmpty()).as("nothing republished").isTrue();
        KeyValueStore<String, byte[]> aggregates = driver.getKeyValueStore(CurrentIncidentsTopology.AGGREGATE_STORE);
        try (var all = aggregates.all()) {
            assertThat(all).toIterable().singleElement()
                    .satisfies(entry -> assertThat(decode(entry.value)).isEqualTo(first));
        }
    }

    @Test
    void aRepairReplacesTheStoredViewSoTheNextEventFoldsOntoIt() {
        var declared = declared(9, "Broken view");
        events.pipeInput(declared.incidentId().value(), declared);
        IncidentView live = views.readValue();
        var repairs = driver.createInputTopic(CurrentIncidentsTopology.REPAIRS_TOPIC, Serdes.String().serializer(),
                JsonSerdes.incidentViews(mapper).serializer());
        var rebuilt = new IncidentView(live.incidentId(), live.ref(), "Rebuilt view", live.severity(), live.status(),
                live.createdAt(), live.updatedAt(), null, null, live.components(), live.updates(), live.lastSequence());

        repairs.pipeInput(live.incidentId().value(), rebuilt);
        events.pipeInput(live.incidentId().value(), update(declared, 1, "Still looking"));

        assertThat(views.readValue().title()).isEqualTo("Rebuilt view");
        IncidentView next = views.readValue();
        assertThat(next.title()).as("the next event folded onto the repaired state").isEqualTo("Rebuilt view");
        assertThat(next.updates()).hasSize(2);
        assertThat(aggregate(live.incidentId().value())).isEqualTo(next);
    }

    @Test
    void aRepairOlderThanTheLiveViewIsIgnored() {
        var declared = declared(10, "Live view");
        events.pipeInput(declared.incidentId().value(), declared);
        events.pipeInput(declared.incidentId().value(), update(declared, 1, "Newer"));
        views.readValuesToList();
        var repairs = driver.createInputTopic(CurrentIncidentsTopology.REPAIRS_TOPIC, Serdes.String().serializer(),
                JsonSerdes.incidentViews(mapper).serializer());
        IncidentView live = aggregate(declared.incidentId().value());
        var stale = new IncidentView(live.incidentId(), live.ref(), "Stale", live.severity(), live.status(),
                live.createdAt(), live.updatedAt(), null, null, live.components(), live.updates(), 0);

        repairs.pipeInput(live.incidentId().value(), stale);

        assertThat(views.isEmpty()).isTrue();
        assertThat(aggregate(live.incidentId().value())).isEqualTo(live);
    }

    private IncidentView aggregate(String incidentId) {
        KeyValueStore<String, byte[]> aggregates = driver.getKeyValueStore(CurrentIncidentsTopology.AGGREGATE_STORE);
        return decode(aggregates.get(incidentId));
    }

    // the aggregate store holds the view serde's bytes, as its changelog always did
    private IncidentView decode(byte[] stored) {
        return JsonSerdes.incidentViews(mapper).deserializer().deserialize(CurrentIncidentsTopology.AGGREGATE_STORE,
                stored);
    }

    private static LedgerEvent update(LedgerEvent declared, long sequence, String message) {
        var event = new io.incidentledger.api.event.PublicUpdatePosted(declared.incidentId(), declared.event().ref(),
                IncidentStatus.INVESTIGATING, message, declared.event().by(), T0.plusSeconds(60 * sequence));
        return new LedgerEvent("event-" + declared.event().ref() + "-" + sequence, declared.incidentId(), sequence,
                T0.plusSeconds(60 * sequence), event);
    }

    private static LedgerEvent declared(long number, String title) {
        var event = new IncidentDeclared(IncidentId.random(), new IncidentRef(number), title, Severity.SEV2,
                new ChatOrigin(Platform.SLACK, "C1", new ChatUser("U1", "ada")), T0);
        return new LedgerEvent("event-" + number, event.incidentId(), 0, T0, event);
    }
}
