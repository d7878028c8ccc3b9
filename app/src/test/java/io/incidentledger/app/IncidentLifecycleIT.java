package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.LedgerEvents;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.app.testdata.SlackRequests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A whole incident lifecycle driven by signed Slack slash commands, as people would type them. */
@AppOnLocalServers
class IncidentLifecycleIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(60);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final String ADA = "U0ADA";
    private static final String BOB = "U0BOB";

    @Test
    void declareThroughCloseShowsEachStatusInTurnAndRefusesAnUpdateAfterClose() throws Exception {
        String ref = declare("Lifecycle payments outage", "C0LIFE");

        say(ADA, "C0LIFE", "status " + ref + " identified Bad deploy found");
        awaitIncident(ref, "identified", "Bad deploy found");
        say(ADA, "C0LIFE", "status monitoring Rolled back, watching");
        awaitIncident(ref, "monitoring", "Rolled back, watching");
        say(ADA, "C0LIFE", "update " + ref + " Payments recovering");
        JsonNode monitoring = awaitIncident(ref, "monitoring", "Payments recovering");
        assertThat(monitoring.path("incident_updates").get(1).path("body").asText()).isEqualTo("Rolled back, watching");
        assertThat(monitoring.path("monitoring_at").asText()).isNotBlank();
        say(ADA, "C0LIFE", "status " + ref + " resolved All good");
        JsonNode resolved = awaitIncident(ref, "resolved", "All good");
        assertThat(resolved.path("resolved_at").asText()).isNotBlank();
        assertThat(summaryIncident(ref)).isNull();
        say(ADA, "C0LIFE", "close " + ref + " Review booked");
        awaitIncident(ref, "resolved", "Review booked");

        long before = incidentEvents(ref);
        var late = client.slashCommandAs(ADA, "C0LIFE", "update " + ref + " One more thing");
        assertThat(late.statusCode()).isEqualTo(200);
        // Slack's mrkdwn shows &lt; as <
        assertThat(text(late.body())).isEqualTo(ref + " is closed, so it can't be changed. Reopen it first: `reopen "
                + ref + " &lt;reason&gt;`.");
        assertThat(incidentEvents(ref)).isEqualTo(before);
    }

    @Test
    void aReplayedDeliveryChangesNothing() throws Exception {
        String ref = declare("Replayed delivery outage", "C0REPLAY");
        long timestamp = SlackRequests.now();
        String body = SlackRequests.slashCommandBody("note " + ref + " checked the dashboards", ADA, "ada", "C0REPLAY", "trigger-42");
        String signature = SlackRequests.signature(LedgerClient.SECRET, timestamp, body);

        var first = client.postSlack(body, timestamp, signature);
        var again = client.postSlack(body, timestamp, signature);

        assertThat(text(first.body())).startsWith("Note added");
        assertThat(text(again.body())).startsWith("Already done");
        assertThat(eventsOfType(ref, "InternalNoteAdded")).isEqualTo(1);
    }

    @Test
    void someoneWhoIsNotLeadOrCommsIsRefusedAndTheRefusalIsInTheCommandHistory() throws Exception {
        String ref = declare("Permission outage", "C0PERM");
        long before = incidentEvents(ref);

        var reply = client.slashCommandAs(BOB, "C0PERM", "status " + ref + " resolved I think it is fine");

        assertThat(text(reply.body())).isEqualTo("Only the lead (ada) or comms (nobody yet) or an admin may run `status` on "
                + ref + ".");
        assertThat(incidentEvents(ref)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%CommandAttempted' "
                + "AND convert_from(payload, 'UTF8') LIKE ?", Long.class, "%I think it is fine%\"accepted\":false%")).isEqualTo(1);
    }

    @Test
    void racingCommandsOnOneIncidentLoseNoUpdate() throws Exception {
        String ref = declare("Racing outage", "C0RACE");
        int notes = 10;
        var pool = Executors.newFixedThreadPool(notes);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            IntStream.range(0, notes).forEach(i -> calls.add(() -> client.slashCommandAs(ADA, "C0RACE", "note " + ref + " finding " + i).body()));
            for (var reply : pool.invokeAll(calls)) {
                assertThat(text(reply.get())).startsWith("Note added");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventsOfType(ref, "InternalNoteAdded")).isEqualTo(notes);
    }

    @Test
    void aLongIncidentIsLoadedFromASnapshotAndStillKnowsWhatCameBefore() throws Exception {
        String ref = declare("Snapshot outage", "C0SNAP");
        say(ADA, "C0SNAP", "severity " + ref + " 1");
        for (int i = 0; i < 60; i++) {
            assertThat(text(client.slashCommandAs(ADA, "C0SNAP", "note " + ref + " finding " + i).body())).startsWith("Note added");
        }
        // taken on a thread of its own after the triggering command's commit
        await().atMost(VIEWS).until(() -> snapshotsOf(ref) > 0);

        var same = client.slashCommandAs(ADA, "C0SNAP", "severity " + ref + " 1");
        assertThat(text(same.body())).isEqualTo(ref + " is already SEV1.");
        assertThat(text(client.slashCommandAs(ADA, "C0SNAP", "note " + ref + " after the snapshot").body())).startsWith("Note added");
        assertThat(eventsOfType(ref, "InternalNoteAdded")).isEqualTo(61);
    }

    @Test
    void anUnknownCommandNamesTheClosestOneAndAppendsNothing() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        var reply = client.slashCommandAs(ADA, "C0X", "stauts INC-1 resolved ok");

        assertThat(text(reply.body())).startsWith("I don't know the command 'stauts'. Did you mean `status`?");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    private String declare(String title, String channel) throws Exception {
        var reply = client.slashCommandAs(ADA, channel, "declare " + title + " severity=2");
        var matcher = REF.matcher(reply.body());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        return matcher.group();
    }

    private void say(String user, String channel, String text) throws Exception {
        var reply = client.slashCommandAs(user, channel, text);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(json.readTree(reply.body()).path("response_type").asText()).as(reply.body()).isEqualTo("in_channel");
    }

    private JsonNode awaitIncident(String ref, String status, String newestUpdate) throws Exception {
        var found = new JsonNode[1];
        await().atMost(VIEWS).untilAsserted(() -> {
            JsonNode incident = null;
            for (JsonNode candidate : json.readTree(client.get("/api/v2/incidents.json").body()).path("incidents")) {
                if (candidate.path("shortlink").asText().endsWith("#" + ref.toLowerCase())) {
                    incident = candidate;
                }
            }
            assertThat(incident).isNotNull();
            assertThat(incident.path("status").asText()).isEqualTo(status);
            assertThat(incident.path("incident_updates").get(0).path("body").asText()).isEqualTo(newestUpdate);
            found[0] = incident;
        });
        if (!status.equals("resolved")) {
            assertThat(summaryIncident(ref).path("status").asText()).isEqualTo(status);
        }
        return found[0];
    }

    private JsonNode summaryIncident(String ref) throws Exception {
        for (JsonNode incident : json.readTree(client.get("/api/v2/summary.json").body()).path("incidents")) {
            if (incident.path("shortlink").asText().endsWith("#" + ref.toLowerCase())) {
                return incident;
            }
        }
        return null;
    }

    private long snapshotsOf(String ref) {
        return jdbc.queryForObject("SELECT count(*) FROM snapshotevententry s JOIN incident_directory d "
                + "ON d.incident_id = s.aggregateidentifier WHERE d.number = ?", Long.class, Long.parseLong(ref.substring(4)));
    }

    private long incidentEvents(String ref) {
        return LedgerEvents.count(jdbc, ref, null);
    }

    private long eventsOfType(String ref, String type) {
        return LedgerEvents.count(jdbc, ref, type);
    }

    private String text(String body) throws Exception {
        return json.readTree(body).path("text").asText();
    }
}
