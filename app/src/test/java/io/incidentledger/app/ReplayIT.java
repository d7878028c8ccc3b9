package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.projections.flightrecorder.FlightRecorderRebuild;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.projections.replay.RebuiltViews;
import io.incidentledger.projections.replay.LiveViews;
import io.incidentledger.projections.replay.ViewSet;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.IncidentTimelines;
import io.incidentledger.projections.timeline.TimelineProjector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scripted incident run live, then replayed from the event store into fresh views: both must be equal. */
@AppOnLocalServers
class ReplayIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);

    @Autowired
    CommandGateway commands;
    @Autowired
    LiveViews liveViews;
    @Autowired
    LedgerHistory history;
    @Autowired
    IncidentTimelines timelines;
    @Autowired
    FlightRecorderRebuild flightRecorder;
    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void replayedTimelinesStatusModelMetricsAndDocumentsEqualTheLiveOnes() throws Exception {
        IncidentRef ref = new RetroScript(commands, "C0REPLAY").run("Replayed payment failures");
        await().atMost(VIEWS).untilAsserted(() -> assertThat(json.readTree(client.getAsReader("/api/incidents/" + ref).body())
                .path("metrics").path("timeToResolveSeconds").asLong()).isEqualTo(10_800));
        String before = liveGeneration();

        var started = post("/api/admin/replay");
        assertThat(started.statusCode()).isEqualTo(202);
        // live ingestion goes on while the replay runs
        String during = declare("Declared during the replay");
        JsonNode done = awaitReplay();

        // what the replay compared the live views with: the projectors' fold of the event store
        var fold = new RebuiltViews();
        history.read(HistoryPosition.START, fold);
        ViewSet rebuilt = fold.toViewSet();
        assertThat(rebuilt.incidents()).containsKey(ref.toString());
        // the timeline is read from the ledger, so it is the fold of the event store, replay or not
        IncidentTimeline[] folded = {null};
        history.readIncident(rebuilt.incidents().get(ref.toString()).incidentId().value(),
                event -> folded[0] = TimelineProjector.apply(folded[0], event));
        assertThat(timelines.find(ref)).contains(folded[0]);
        // a published view carries the sequence of its last shown change, the store the latest: compared without it
        await().atMost(VIEWS).untilAsserted(() -> {
            ViewSet live = liveViews.snapshot();
            assertThat(live.incidents()).containsKeys(rebuilt.incidents().keySet().toArray(String[]::new));
            rebuilt.incidents().forEach((key, view) -> assertThat(live.incidents().get(key))
                    .usingRecursiveComparison().ignoringFields("lastSequence").isEqualTo(view));
            assertThat(live.metrics()).containsKeys(rebuilt.metrics().keySet().toArray(String[]::new));
            rebuilt.metrics().forEach((key, view) -> assertThat(live.metrics().get(key))
                    .usingRecursiveComparison().ignoringFields("lastSequence").isEqualTo(view));
        });
        String generation = done.path("flightRecorderIndex").asText();
        assertThat(generation).isNotEqualTo(before).isEqualTo(flightRecorder.current());
        // built without refreshes or per-bulk fsync, then given the live settings before serving
        var index = elasticsearch.indices().getSettings(g -> g.index(generation)).get(generation).settings().index();
        assertThat(index.refreshInterval().time()).isEqualTo("200ms");
        assertThat(index.translog().durability()).isEqualTo(TranslogDurability.Request);
        await().atMost(VIEWS).untilAsserted(() -> assertThat(flightRecorder.eventIds(generation)).isEqualTo(
                new HashSet<>(jdbc.queryForList("SELECT eventidentifier FROM domainevententry "
                        + "WHERE payloadtype LIKE 'io.incidentledger.api.event.%'", String.class))));
        await().atMost(VIEWS).untilAsserted(() -> assertThat(client.getAsReader("/api/search?q=replay&incident=" + during).body())
                .contains("Declared during the replay"));
    }

    @Test
    void aGenerationLeftByAReplayThatFailedBeforeItsSwitchIsDroppedByTheNextReplay() throws Exception {
        String live = liveGeneration();
        String leftover = live.replaceAll("\\d+$", "") + (Long.parseLong(live.replaceAll(".*-v", "")) + 1);
        String stray = "stray-" + java.util.UUID.randomUUID();
        elasticsearch.index(i -> i.index(leftover).id(stray).document(java.util.Map.of("eventId", stray)));

        assertThat(post("/api/admin/replay").statusCode()).isEqualTo(202);
        JsonNode done = awaitReplay();

        assertThat(done.path("flightRecorderIndex").asText()).isEqualTo(leftover).isEqualTo(flightRecorder.current());
        assertThat(flightRecorder.eventIds(leftover)).doesNotContain(stray);
    }

    /** On servers of its own, the live feed may not have created the recorder's first generation yet. */
    private String liveGeneration() {
        String[] live = {null};
        await().atMost(VIEWS).ignoreExceptions().untilAsserted(() -> live[0] = flightRecorder.current());
        return live[0];
    }

    private JsonNode awaitReplay() {
        var done = new JsonNode[1];
        await().atMost(VIEWS).untilAsserted(() -> {
            JsonNode progress = json.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/admin/replay")).header("Authorization", "Bearer test-admin-token")
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(progress.path("state").asText()).as(progress.toString()).isEqualTo("done");
            done[0] = progress;
        });
        return done[0];
    }

    private HttpResponse<String> post(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer test-admin-token")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String declare(String title) throws Exception {
        var reply = client.slashCommandAs("U0ADA", "C0REPLAYLIVE", "declare " + title + " severity=3");
        var matcher = java.util.regex.Pattern.compile("INC-\\d+").matcher(reply.body());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        return matcher.group();
    }
}
