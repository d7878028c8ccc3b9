package io.incidentledger.projections.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.kafka.JsonSerdes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The global store tells its listener of every view it takes, after taking it, so the page re-renders per change. */
class GlobalViewListenerTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final com.fasterxml.jackson.databind.ObjectMapper mapper = LedgerJson.newMapper();
    private final List<String> heard = new ArrayList<>();
    private TopologyTestDriver driver;
    @TempDir
    Path stateDir;

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void theListenerHearsEachPublishedViewOnlyOnceTheStoreHoldsIt() {
        KeyValueStore<String, IncidentView>[] store = new KeyValueStore[1];
        start((incidentId, view) -> heard.add(incidentId + ":" + view.title() + ":"
                + store[0].get(incidentId).title()));
        store[0] = driver.getKeyValueStore(CurrentIncidentsTopology.VIEWS_STORE);
        var events = driver.createInputTopic(CurrentIncidentsTopology.INPUT_TOPIC, Serdes.String().serializer(),
                JsonSerdes.ledgerEvents(mapper).serializer());
        var declared = declared(11, "Checkout errors");

        events.pipeInput(declared.incidentId().value(), declared);

        String id = declared.incidentId().value();
        assertThat(heard).containsExactly(id + ":Checkout errors:Checkout errors");
        assertThat(store[0].get(id).title()).isEqualTo("Checkout errors");
    }

    @Test
    void aTombstoneOnTheViewTopicDeletesTheViewAndTellsTheListener() {
        start((incidentId, view) -> heard.add(incidentId + ":" + (view == null ? "gone" : view.title())));
        var viewsTopic = driver.createInputTopic(CurrentIncidentsTopology.VIEWS_TOPIC, Serdes.String().serializer(),
                JsonSerdes.incidentViews(mapper).serializer());
        var events = driver.createInputTopic(CurrentIncidentsTopology.INPUT_TOPIC, Serdes.String().serializer(),
                JsonSerdes.ledgerEvents(mapper).serializer());
        var declared = declared(12, "Search slow");
        String id = declared.incidentId().value();
        events.pipeInput(id, declared);

        viewsTopic.pipeInput(id, null);

        assertThat(heard).containsExactly(id + ":Search slow", id + ":gone");
        KeyValueStore<String, IncidentView> store = driver.getKeyValueStore(CurrentIncidentsTopology.VIEWS_STORE);
        assertThat(store.get(id)).isNull();
    }

    private void start(IncidentViewListener listener) {
        var builder = new StreamsBuilder();
        CurrentIncidentsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.incidentViews(mapper), listener);
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // a state directory of its own: other builds on this machine run topology tests under the same application id
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config);
    }

    private static LedgerEvent declared(long number, String title) {
        var event = new IncidentDeclared(IncidentId.random(), new IncidentRef(number), title, Severity.SEV2,
                new ChatOrigin(Platform.SLACK, "C1", new ChatUser("U1", "ada")), T0);
        return new LedgerEvent("event-" + number, event.incidentId(), 0, T0, event);
    }
}
