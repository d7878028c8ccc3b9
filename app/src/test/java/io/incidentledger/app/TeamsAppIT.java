package io.incidentledger.app;

import static io.incidentledger.app.testdata.TeamsActivities.*;
import static io.incidentledger.app.testdata.TeamsRequests.awaitThreadOf;
import static io.incidentledger.app.testdata.TeamsRequests.refIn;
import static io.incidentledger.app.testdata.TeamsRequests.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.FakeTeamsConnector;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.LedgerEvents;
import io.incidentledger.app.testdata.OpenIncidents;
import io.incidentledger.app.testdata.RunningApp;
import java.time.Duration;
import java.util.Base64;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Teams as a peer of Slack: the bot, the conversation bridge, the outgoing webhook, one incident from both. */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "teams.webhook-secret=" + TeamsAppIT.WEBHOOK_SECRET, "teams.incident-channel-id=19:incidents@thread.tacv2",
        "ledger.rbac.admins=aad-ada"})
class TeamsAppIT extends RunningApp {

    static final String WEBHOOK_SECRET = "dGVhbXMtb3V0Z29pbmctd2ViaG9vay1zZWNyZXQtMzI=";
    private static final Duration WAIT = Duration.ofSeconds(90);
    @RegisterExtension
    static final FakeTeamsConnector FAKE = FakeTeamsConnector.start();

    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processors;

    @DynamicPropertySource
    static void connector(DynamicPropertyRegistry registry) {
        registry.add("teams.service-url", FAKE::serviceUrl);
    }

    @Test
    void theBotGreetsWhenAddedAndAnswersCommandsInTheThread() {
        assertThat(bot(botAdded(FAKE.serviceUrl(), "19:general@thread.tacv2")).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> FAKE.posted("19:general@thread.tacv2").stream().anyMatch(c -> c.body().contains("Hello!")));

        var declared = bot(mention(FAKE.serviceUrl(), "19:general@thread.tacv2;messageid=101", "101", "aad-ada", "declare Search is down severity=2"));
        assertThat(declared.statusCode()).isEqualTo(200);
        String ref = awaitReplyRef("19:general@thread.tacv2;messageid=101");
        await().atMost(WAIT).untilAsserted(() -> assertThat(FAKE.created()).anySatisfy(c -> assertThat(c.body())
                .contains(ref + " · Search is down", "19:incidents@thread.tacv2", "AdaptiveCard")));
        String thread = awaitThreadOf(jdbc, ref, WAIT);

        bot(mention(FAKE.serviceUrl(), thread, "201", "aad-ada", "status identified Index corrupted"));
        await().atMost(WAIT).until(() -> FAKE.posted(thread).stream().anyMatch(c -> c.body().contains(ref + " is now identified")));
        await().atMost(WAIT).until(() -> FAKE.updated().stream().anyMatch(c -> c.body().contains("identified") && c.body().contains(ref)));

        bot(message(FAKE.serviceUrl(), thread, "202", "aad-bob", "rebuilding the search index"));
        bot(messageUpdate(FAKE.serviceUrl(), thread, "202", "aad-bob", "rebuilding the search index on replica 2"));
        bot(message(FAKE.serviceUrl(), thread, "203", "aad-bob", "oops wrong thread"));
        bot(messageDelete(FAKE.serviceUrl(), thread, "203", "aad-bob"));
        bot(reaction(FAKE.serviceUrl(), thread, "f:r1", "aad-ada", "202", "like"));

        assertThat(events(ref, "ChatMessageRecorded")).isEqualTo(2);
        assertThat(payloadOf(ref, "ChatMessageEdited")).contains("\"previousText\":\"rebuilding the search index\"");
        assertThat(events(ref, "ChatMessageDeleted")).isEqualTo(1);
        assertThat(events(ref, "ReactionAdded")).isEqualTo(1);
    }

    @Test
    void whileTeamsIsUnreachableTheLedgerStillRecordsAndTheCardCatchesUpAfterARestart() throws Exception {
        bot(mention(FAKE.serviceUrl(), "19:general@thread.tacv2;messageid=701", "701", "aad-ada", "declare Teams outage drill"));
        String ref = awaitReplyRef("19:general@thread.tacv2;messageid=701");
        awaitThreadOf(jdbc, ref, WAIT);
        FAKE.down(true);
        try {
            var changed = webhook(outgoingWebhook("702", "aad-ada", "severity " + ref + " 1"));
            assertThat(json.readTree(changed.body()).path("text").asText()).isEqualTo(ref + " severity SEV3 → SEV1.");
            assertThat(events(ref, "SeverityChanged")).isEqualTo(1);
            // the processor's durable token is all a restart has
            var outbound = processors.eventProcessor("teams-outbound", TrackingEventProcessor.class).orElseThrow();
            outbound.shutDown();
            outbound.start();
        } finally {
            FAKE.down(false);
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(FAKE.updated())
                .anySatisfy(c -> assertThat(c.body()).contains(ref, "SEV1")));
    }

    @Test
    void aMalformedActivityIsABadRequest() {
        assertThat(bot("{\"type\":").statusCode()).isEqualTo(400);
        assertThat(bot("{\"type\":\"message\",\"text\":\"no conversation\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void theOutgoingWebhookNeedsAValidHmac() throws Exception {
        String body = outgoingWebhook("401", "aad-ada", "help");

        assertThat(webhook(body, "HMAC " + signature(WEBHOOK_SECRET, body)).statusCode()).isEqualTo(200);
        assertThat(client.postJson("/teams/webhook", body).statusCode()).isEqualTo(401);
        assertThat(webhook(body, "HMAC " + Base64.getEncoder().encodeToString(new byte[32])).statusCode()).isEqualTo(401);
        assertThat(webhook(body.replace("help", "list"), "HMAC " + signature(WEBHOOK_SECRET, body)).statusCode()).isEqualTo(401);
    }

    @Test
    void seedZeroDeclareUpdateCloseThroughTheWebhookTurnsThePageRedThenGreen() throws Exception {
        OpenIncidents.closeAll(jdbc, commands, "Cleared for the seed test");
        var declared = webhook(outgoingWebhook("501", "aad-ada", "declare Payments down severity=1"));
        String ref = refIn(json.readTree(declared.body()).path("text").asText());
        assertThat(json.readTree(declared.body()).path("type").asText()).isEqualTo("message");
        await().atMost(WAIT).untilAsserted(() -> assertThat(client.get("/").body()).contains("class=\"status outage\"", "Payments down"));

        webhook(outgoingWebhook("502", "aad-ada", "update " + ref + " Card payments failing in EU, failover started"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(client.get("/").body()).contains("failover started"));

        var closed = webhook(outgoingWebhook("503", "aad-ada", "close " + ref + " Recovered"));
        assertThat(json.readTree(closed.body()).path("text").asText()).isEqualTo(ref + " is closed.");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(client.get("/").body()).contains("All Systems Operational");
            assertThat(client.get("/api/v2/summary.json").body()).doesNotContain("Payments down");
        });
    }

    @Test
    void oneIncidentFromBothPlatformsIsOneOrderedRecordLabelledByPlatform() throws Exception {
        var declared = client.slashCommandAs("U0ADA", "C0BOTH", "declare Both platforms outage severity=2");
        String ref = refIn(declared.body());

        var fromTeams = bot(mention(FAKE.serviceUrl(), "19:general@thread.tacv2;messageid=601", "601", "aad-ada",
                "update " + ref + " Teams joined the bridge, failover planned"));
        assertThat(fromTeams.statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> FAKE.posted("19:general@thread.tacv2;messageid=601").stream()
                .anyMatch(c -> c.body().contains("Update posted to " + ref)));
        client.slashCommandAs("U0ADA", "C0BOTH", "status " + ref + " resolved Failover done");

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode incident = incidentIn(json.readTree(client.get("/api/v2/incidents.json").body()), ref);
            assertThat(incident).isNotNull();
            assertThat(incident.path("status").asText()).isEqualTo("resolved");
            assertThat(incident.path("incident_updates")).extracting(u -> u.path("body").asText()).containsExactly(
                    "Failover done", "Teams joined the bridge, failover planned", "We are investigating this incident.");
        });
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode hits = json.readTree(client.getAsReader("/api/search?q=failover&size=50").body()).path("hits");
            assertThat(hits).filteredOn(h -> h.path("incident").asText().equals(ref))
                    .extracting(h -> h.path("platform").asText() + ":" + h.path("text").asText())
                    .contains("teams:Teams joined the bridge, failover planned")
                    .anySatisfy(line -> assertThat(line).startsWith("slack:").contains("Failover done"));
        });
    }

    private java.net.http.HttpResponse<String> bot(String activity) {
        return client.postJson("/api/messages", activity);
    }

    private java.net.http.HttpResponse<String> webhook(String body) throws Exception {
        return webhook(body, "HMAC " + signature(WEBHOOK_SECRET, body));
    }

    private java.net.http.HttpResponse<String> webhook(String body, String authorization) {
        return client.postJson("/teams/webhook", body, "Authorization", authorization);
    }

    private String awaitReplyRef(String conversation) {
        String[] ref = new String[1];
        await().atMost(WAIT).untilAsserted(() -> assertThat(FAKE.posted(conversation)).anySatisfy(c -> {
            assertThat(c.body()).contains("declared");
            ref[0] = refIn(c.body());
        }));
        return ref[0];
    }

    private static JsonNode incidentIn(JsonNode incidents, String ref) {
        for (JsonNode incident : incidents.path("incidents")) {
            if (incident.path("shortlink").asText().endsWith("#" + ref.toLowerCase())) {
                return incident;
            }
        }
        return null;
    }

    private long events(String ref, String type) {
        return LedgerEvents.count(jdbc, ref, type);
    }

    private String payloadOf(String ref, String type) {
        return LedgerEvents.firstPayload(jdbc, eventSerializer, ref, type);
    }
}
