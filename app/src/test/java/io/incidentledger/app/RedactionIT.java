package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code redact} end to end: chat through signed Slack deliveries, a refused redaction by someone who does not lead,
 * the lead's redaction, then the text is in no view, no Elasticsearch document and no stored payload, the chain
 * still verifies, and a replay from the event store brings none of it back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "ledger.console.dev-sign-in=true"})
class RedactionIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final String ADA = "U0ADA";
    private static final String BOB = "U0BOB";
    private static final Pattern MARKER = Pattern.compile("\\[redacted by ada at \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z]");
    // markdown escapes the brackets
    private static final Pattern MARKDOWN_MARKER = Pattern.compile("\\\\\\[redacted by ada at [0-9TZ:.-]+\\\\]");

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void aRedactedMessageIsInNoViewDocumentStoredPayloadOrReplayAndTheChainStillVerifies() throws Exception {
        String secret = "zq" + fresh();
        String kept = "kept" + fresh();
        String channel = "C0REDACT" + fresh().toUpperCase();
        String ref = declare(channel);
        String secretTs = ts();
        post(message(channel, ADA, secretTs, "the token is " + secret));
        post(message(channel, BOB, ts(), "the pool is " + kept));
        post(messageChanged(channel, ADA, secretTs, "the token is " + secret, "the token is still " + secret, ts()));
        post(pinAdded(channel, ADA, secretTs, "the token is still " + secret, ts()));
        post(reactionAdded(channel, BOB, secretTs, "pushpin", ts()));
        await().atMost(VIEWS).untilAsserted(() -> {
            assertThat(client.getAsReader("/api/incidents/" + ref + "/timeline").body()).contains(secret, kept);
            assertThat(client.getAsReader("/api/search?q=" + secret).body()).contains(ref);
        });

        var refused = client.slashCommandAs(BOB, channel, "redact " + ref + " " + secretTs + " not mine to erase");
        assertThat(reply(refused)).contains("Only the lead (ada) or an admin may run `redact` on " + ref + ".");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%CommandAttempted' "
                + "AND convert_from(payload, 'UTF8') LIKE ?", Long.class, "%not mine to erase%\"accepted\":false%")).isEqualTo(1);
        assertThat(client.getAsReader("/api/incidents/" + ref + "/timeline").body()).contains(secret);

        var redacted = client.slashCommandAs(ADA, channel, "redact " + ref + " " + secretTs + " pasted a token");
        assertThat(reply(redacted)).isEqualTo("Message " + secretTs + " of " + ref + " is redacted: pasted a token");

        await().atMost(VIEWS).untilAsserted(() -> assertNoViewHolds(secret, kept, ref));
        assertNoStoredPayloadHolds(secret, ref, secretTs);
        assertThat(verifyChain().path("intact").asBoolean()).isTrue();

        replay();
        await().atMost(VIEWS).untilAsserted(() -> assertNoViewHolds(secret, kept, ref));
    }

    private void assertNoViewHolds(String secret, String kept, String ref) throws Exception {
        String timeline = client.getAsReader("/api/incidents/" + ref + "/timeline").body();
        assertThat(timeline).doesNotContain(secret).contains(kept, "message ", " redacted: pasted a token");
        assertThat(MARKER.matcher(timeline).find()).as(timeline).isTrue();
        List<String> views = List.of(client.getAsReader("/api/incidents/" + ref + "/timeline?format=markdown").body(),
                client.getAsReader("/api/incidents/" + ref + "/review.md").body(),
                client.getAsReader("/api/incidents/" + ref).body(), client.get("/api/v2/incidents.json").body(),
                client.get("/api/v2/summary.json").body(), consolePage("/console/incidents/" + ref));
        assertThat(views).allSatisfy(view -> assertThat(view).doesNotContain(secret));
        assertThat(views.get(0)).contains(kept).containsPattern(MARKDOWN_MARKER);
        assertThat(views.get(5)).contains(kept).containsPattern(MARKER);
        assertThat(json.readTree(client.getAsReader("/api/search?q=" + secret).body()).path("total").asLong()).isZero();
        List<String> documents = documentsOf(ref);
        assertThat(documents).hasSizeGreaterThanOrEqualTo(7).noneMatch(document -> document.contains(secret));
        assertThat(documents).anyMatch(document -> MARKER.matcher(document).find());
    }

    private void assertNoStoredPayloadHolds(String secret, String ref, String secretTs) {
        String incident = jdbc.queryForObject("SELECT incident_id FROM incident_directory WHERE number = ?", String.class,
                Long.parseLong(ref.substring(4)));
        List<String> payloads = jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ?", String.class, incident);
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(7).noneMatch(payload -> payload.contains(secret))
                .anyMatch(payload -> payload.contains("\"sealed\""));
        assertThat(jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM snapshotevententry "
                + "WHERE aggregateidentifier = ?", String.class, incident)).noneMatch(payload -> payload.contains(secret));
        Map<String, Object> key = jdbc.queryForMap("SELECT wrapped_key, erased_as FROM chat_text_key "
                + "WHERE incident_id = ? AND message_id = ?", incident, secretTs);
        assertThat(key.get("wrapped_key")).isNull();
        assertThat((String) key.get("erased_as")).matches(MARKER.pattern());
    }

    private List<String> documentsOf(String ref) throws Exception {
        elasticsearch.indices().refresh(r -> r.index("flight-recorder"));
        return elasticsearch.search(s -> s.index("flight-recorder").size(500)
                        .query(q -> q.term(t -> t.field("incidentRef").value(ref))), Map.class)
                .hits().hits().stream().map(hit -> String.valueOf(hit.source())).toList();
    }

    /** The console's incident page as a signed-in person sees it (the development sign-in, answered on 127.0.0.1). */
    private String consolePage(String path) throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String signIn = browser.send(request("/console/sign-in").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
        assertThat(csrf.find()).as(signIn).isTrue();
        browser.send(request("/console/dev-sign-in").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
        var page = browser.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private JsonNode verifyChain() throws Exception {
        assertThat(admin("POST", "/api/admin/chain/verify").statusCode()).isEqualTo(202);
        var report = new JsonNode[1];
        await().atMost(VIEWS).untilAsserted(() -> {
            JsonNode state = json.readTree(admin("GET", "/api/admin/chain/verify").body());
            assertThat(state.path("state").asText()).as(state.toString()).isEqualTo("done");
            report[0] = state.path("report");
        });
        return report[0];
    }

    private void replay() throws Exception {
        assertThat(admin("POST", "/api/admin/replay").statusCode()).isEqualTo(202);
        await().atMost(VIEWS).untilAsserted(() -> assertThat(json.readTree(admin("GET", "/api/admin/replay").body())
                .path("state").asText()).isEqualTo("done"));
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(request(path).header("Authorization", "Bearer test-admin-token")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private String declare(String channel) throws Exception {
        Matcher ref = Pattern.compile("INC-\\d+").matcher(reply(client.slashCommandAs(ADA, channel, "declare Token pasted in " + channel)));
        assertThat(ref.find()).isTrue();
        return ref.group();
    }

    private String reply(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("text").asText();
    }

    private void post(String event) {
        var response = client.postEvent(eventCallback("Ev" + fresh(), event), 0);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String ts() {
        return (1_700_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L)) + "."
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
