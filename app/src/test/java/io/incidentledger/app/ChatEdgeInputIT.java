package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.app.testdata.SlackRequests;
import io.incidentledger.app.testdata.TeamsActivities;
import io.incidentledger.app.testdata.TeamsRequests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Signed but malformed chat input gets a clear 4xx with one sentence (or Slack's polite reply), never a 5xx or
 * a parser's words, and appends nothing; and delivery ids are forgotten only past their retention.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "teams.webhook-secret=" + TeamsAppIT.WEBHOOK_SECRET, "teams.tenant-ids=t1", "ledger.core.deliveries.prune-every=PT1S"})
class ChatEdgeInputIT extends RunningApp {

    private static final String ADA = "U0ADA";
    private final HttpClient http = HttpClient.newHttpClient();

    String channel;

    @BeforeEach
    void declareInAFreshChannel() {
        channel = "C0HOST" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(client.slashCommandAs(ADA, channel, "declare Hostile input " + channel).body()).contains("declared");
    }

    @Test
    void eventFieldsOfTheWrongJsonTypeGet400WithOneSentenceAndAppendNothing() {
        long before = ledgerSize();
        String arrayMessage = "{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"" + channel
                + "\",\"hidden\":true,\"message\":[],\"event_ts\":\"1700000500.000100\",\"ts\":\"1700000500.000100\"}";
        String stringFiles = fileShare(channel, ADA, "1700000501.000100", "logs", "\"api.log\"");
        String objectText = "{\"type\":\"message\",\"subtype\":\"message_deleted\",\"channel\":\"" + channel + "\",\"hidden\":true,"
                + "\"deleted_ts\":\"1700000502.000100\",\"previous_message\":{\"type\":\"message\",\"user\":\"U0ADA\",\"text\":{\"a\":1},"
                + "\"ts\":\"1700000502.000100\"},\"event_ts\":\"1700000503.000100\",\"ts\":\"1700000503.000100\"}";

        for (String event : new String[] {arrayMessage, stringFiles, objectText}) {
            var response = client.postEvent(eventCallback(eventId(), event), 0);
            assertThat(response.statusCode()).as(event).isEqualTo(400);
            assertOneSentence(response.body());
        }
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void anIdLongerThanAnyPlatformSendsGets400AndAppendsNothing() {
        long before = ledgerSize();

        var response = client.postEvent(eventCallback(eventId(), message(channel, "U".repeat(101), "1700000510.000100", "hi")), 0);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("A user id is at most 100 characters");
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void slashCommandsWithoutAUserOrWithReferencesToNoIncidentGetAPoliteReply() throws Exception {
        long before = ledgerSize();
        long timestamp = SlackRequests.now();
        String noUser = SlackRequests.slashCommandBody("note hello", "", "ada", channel, UUID.randomUUID().toString());

        var anonymous = client.postSlack(noUser, timestamp, SlackRequests.signature(LedgerClient.SECRET, timestamp, noUser));
        var zero = client.slashCommandAs(ADA, channel, "ack INC-0");
        var huge = client.slashCommandAs(ADA, channel, "note INC-99999999999999999999 hello");

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(json.readTree(anonymous.body()).path("text").asText()).isEqualTo("This command can't be run: A chat user needs an id");
        assertThat(zero.statusCode()).isEqualTo(200);
        assertThat(json.readTree(zero.body()).path("text").asText()).startsWith("'INC-0' is no incident");
        assertThat(huge.statusCode()).isEqualTo(200);
        assertThat(json.readTree(huge.body()).path("text").asText()).startsWith("'INC-99999999999999999999' is no incident");
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aMultipartBodyWithoutBoundaryGets415() throws Exception {
        long timestamp = SlackRequests.now();
        String body = SlackRequests.slashCommandBody("declare Multipart", ADA, channel);
        long before = ledgerSize();

        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                .header("Content-Type", "multipart/form-data")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackRequests.signature(LedgerClient.SECRET, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertOneSentence(response.body());
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aNonNumericTimestampGets401() {
        String body = SlackRequests.slashCommandBody("declare Forged", ADA, channel);
        long before = ledgerSize();

        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", "soon")
                .header("X-Slack-Signature", signature("soon", body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertOneSentence(response.body());
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aTeamsWebhookWithMalformedJsonOrAnOverLongUserGets400AndAppendsNothing() throws Exception {
        long before = ledgerSize();
        String malformed = "{\"type\":\"message\",\"id\":";
        String longUser = TeamsActivities.outgoingWebhook("9" + System.nanoTime(), "u".repeat(101), "help");
        String longName = TeamsActivities.outgoingWebhook("8" + System.nanoTime(), "aad-ada", "help")
                .replace("\"name\":\"aad-ada\"", "\"name\":\"" + "N".repeat(300) + "\"");

        var bad = client.postJson("/teams/webhook", malformed, "Authorization", "HMAC " + TeamsRequests.signature(TeamsAppIT.WEBHOOK_SECRET, malformed));
        var tooLong = client.postJson("/teams/webhook", longUser, "Authorization", "HMAC " + TeamsRequests.signature(TeamsAppIT.WEBHOOK_SECRET, longUser));
        var named = client.postJson("/teams/webhook", longName, "Authorization", "HMAC " + TeamsRequests.signature(TeamsAppIT.WEBHOOK_SECRET, longName));

        assertThat(bad.statusCode()).isEqualTo(400);
        assertOneSentence(bad.body());
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("A user id is at most 100 characters");
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void deliveryIdsPastTheirRetentionAreForgottenAndRecentOnesKept() {
        String old = "prune-old-" + UUID.randomUUID();
        String recent = "prune-recent-" + UUID.randomUUID();
        jdbc.update("INSERT INTO processed_delivery (delivery_id, processed_at) VALUES (?, now() - interval '8 days')", old);
        jdbc.update("INSERT INTO processed_delivery (delivery_id, processed_at) VALUES (?, now() - interval '6 days')", recent);

        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(old) == 0);
        assertThat(deliveries(recent)).isEqualTo(1);
    }

    private void assertOneSentence(String body) {
        assertThat(body).startsWith("{\"error\":\"").contains("\"message\":\"")
                .doesNotContain("Exception", "Expected BEGIN", "java.", "at com.", "at io.");
    }

    private long ledgerSize() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private long deliveries(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM processed_delivery WHERE delivery_id = ?", Long.class, id);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String eventId() {
        return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String signature(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(LedgerClient.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + java.util.HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
