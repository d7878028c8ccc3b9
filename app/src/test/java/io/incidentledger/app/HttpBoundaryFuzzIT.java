package io.incidentledger.app;

import static io.incidentledger.app.testdata.HostileJson.object;
import static io.incidentledger.app.testdata.HostileJson.text;
import static io.incidentledger.app.testdata.HostileJson.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.FuzzTally;
import io.incidentledger.app.testdata.HostileJson;
import io.incidentledger.app.testdata.HostileReads;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.app.testdata.SlackRequests;
import io.incidentledger.app.testdata.TeamsRequests;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Signed but hostile input of every shape, against one running app: no answer is a 5xx or quotes an exception,
 * and input that must be refused appends nothing to the ledger. Cases come from jqwik generators, a bounded
 * number per shape, so the suite stays well under 90 s on two cores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "teams.webhook-secret=" + TeamsAppIT.WEBHOOK_SECRET, "teams.tenant-ids=t1",
        "status-page.notifications.prune-every=PT1S"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpBoundaryFuzzIT extends RunningApp {

    static final List<String> EVENT_KEYS = List.of("type", "subtype", "channel", "user", "text", "ts", "thread_ts",
            "event_ts", "hidden", "message", "previous_message", "files", "item", "reaction", "bot_id", "deleted_ts");
    static final List<String> ENVELOPE_KEYS = List.of("type", "token", "team_id", "api_app_id", "event", "event_id",
            "event_time", "challenge", "authorizations");
    static final List<String> INTERACTION_KEYS = List.of("type", "user", "team", "channel", "actions", "view",
            "trigger_id", "container", "message", "callback_id", "response_url", "api_app_id");
    static final List<String> ACTIVITY_KEYS = List.of("type", "id", "timestamp", "channelId", "from", "conversation",
            "recipient", "text", "textFormat", "entities", "channelData", "replyToId", "attachments", "value",
            "reactionsAdded", "membersAdded");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String base;

    @BeforeEach
    void awaitTheViews() {
        base = "http://localhost:" + port;
        await().atMost(Duration.ofSeconds(120)).until(() -> client.get("/api/v2/status.json").statusCode() == 200
                && client.getAsReader("/api/search?q=warmup").statusCode() == 200);
    }

    @Test
    @Order(1)
    void eventsApiEnvelopesWithFieldsOfAnyTypeGetNo5xxAndAppendNothing() {
        Arbitrary<String> eventType = Arbitraries.oneOf(Arbitraries.of("message", "app_mention", "reaction_added",
                "reaction_removed", "pin_added", "member_joined_channel", "channel_topic").map(HostileJson::quote), value(1));
        Arbitrary<String> envelope = Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(eventType, object(EVENT_KEYS, 2), Arbitraries.of("message_changed",
                        "message_deleted", "thread_broadcast", "file_share", "me_message", "bot_message", "nonsense"))
                        .as((type, rest, subtype) -> "{\"type\":\"event_callback\",\"team_id\":\"T0TEST\",\"api_app_id\":"
                                + "\"A0TEST\",\"event_id\":\"Ev" + UUID.randomUUID() + "\",\"event_time\":1700000000,"
                                + "\"event\":{\"type\":" + type + ",\"subtype\":\"" + subtype + "\",\"channel\":\"C0FUZZ"
                                + "\"," + rest.substring(1) + "}"),
                object(ENVELOPE_KEYS, 2), text());
        long before = ledgerSize();
        FuzzTally tally = run("events", 300, envelope, json -> signedSlack(json, "application/json"));
        assertNothingAppended(before);
        assertThat(tally.broken()).as(tally.toString()).isEmpty();
    }

    @Test
    @Order(2)
    void interactivityPayloadsOfAnyShapeGetNo5xxAndAppendNothing() {
        Arbitrary<String> form = Arbitraries.oneOf(
                object(INTERACTION_KEYS, 2).map(json -> "payload=" + encode(json)),
                text().map(junk -> "payload=" + encode(junk)),
                text().map(HttpBoundaryFuzzIT::encode));
        long before = ledgerSize();
        FuzzTally tally = run("interactivity", 200, form, body -> signedSlack(body, "application/x-www-form-urlencoded"));
        assertNothingAppended(before);
        assertThat(tally.broken()).as(tally.toString()).isEmpty();
    }

    @Test
    @Order(3)
    void teamsWebhookAndBotActivitiesOfAnyShapeGetNo5xxAndAppendNothing() {
        Arbitrary<String> activity = Arbitraries.oneOf(object(ACTIVITY_KEYS, 2), text(),
                object(ACTIVITY_KEYS, 1).map(rest -> "{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:9/\","
                        + "\"channelId\":\"msteams\"," + rest.substring(1)));
        long before = ledgerSize();
        FuzzTally webhook = run("teams webhook", 150, activity, body -> post("/teams/webhook", body, "application/json",
                "Authorization", "HMAC " + TeamsRequests.signature(TeamsAppIT.WEBHOOK_SECRET, body)));
        FuzzTally bot = run("bot framework", 150, activity, body -> post("/api/messages", body, "application/json"));
        assertNothingAppended(before);
        assertThat(webhook.broken()).as(webhook.toString()).isEmpty();
        assertThat(bot.broken()).as(bot.toString()).isEmpty();
    }

    @Test
    @Order(4)
    void searchTimelineAndAsOfParametersOfAnyValueGetNo5xx() {
        long before = ledgerSize();
        FuzzTally tally = run("read parameters", 300, HostileReads.paths(), path -> reader(path));
        assertNothingAppended(before);
        assertThat(tally.broken()).as(tally.toString()).isEmpty();
    }

    @Test
    @Order(5)
    void oddMethodsPathsAndHeadersGetNo5xxAndAppendNothing() {
        long before = ledgerSize();
        FuzzTally tally = run("methods, paths, headers", 200, HostileReads.oddRequests(), odd -> odd.request(base));
        assertNothingAppended(before);
        assertThat(tally.broken()).as(tally.toString()).isEmpty();
    }

    @Test
    @Order(6)
    void slashCommandsWithAnyTextAndAnyUserGetNo5xx() {
        Arbitrary<String> words = Arbitraries.oneOf(text(), Arbitraries.of("declare ", "ack ", "ack INC-", "status INC-",
                "update INC-", "assign ", "pin ", "help ", "resolve INC-0 ").flatMap(verb -> text().map(verb::concat)));
        Arbitrary<String> user = Arbitraries.oneOf(Arbitraries.just("U0FUZZ"), Arbitraries.just(""), text());
        Arbitrary<String> body = net.jqwik.api.Combinators.combine(words, user, text())
                .as((w, u, channel) -> SlackRequests.slashCommandBody(w, u, "fuzz", channel.isEmpty() ? "C0FUZZ" : channel,
                        UUID.randomUUID().toString()));
        FuzzTally tally = run("slash commands", 200, body, form -> signedSlack(form, "application/x-www-form-urlencoded"));
        assertThat(tally.broken()).as(tally.toString()).isEmpty();
    }

    private <T> FuzzTally run(String shape, int tries, Arbitrary<T> cases, java.util.function.Function<T, HttpRequest> asRequest) {
        var tally = new FuzzTally(shape);
        cases.sampleStream().limit(tries).forEach(input -> {
            HttpRequest request = asRequest.apply(input);
            String described = request.method() + " " + request.uri() + " " + input;
            try {
                tally.check(described, http.send(request, HttpResponse.BodyHandlers.ofString()));
            } catch (Exception failed) {
                tally.noAnswer(described, failed);
            }
        });
        System.out.println("Fuzz " + tally);
        return tally;
    }

    private HttpRequest signedSlack(String body, String contentType) {
        long timestamp = SlackRequests.now();
        return post("/slack/events", body, contentType, "X-Slack-Request-Timestamp", Long.toString(timestamp),
                "X-Slack-Signature", SlackRequests.signature(LedgerClient.SECRET, timestamp, body));
    }

    private HttpRequest post(String path, String body, String contentType, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    private HttpRequest reader(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + LedgerClient.API_TOKEN).GET().build();
    }

    private void assertNothingAppended(long before) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> ledgerSize() == before);
    }

    private long ledgerSize() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
