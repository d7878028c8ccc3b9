package io.incidentledger.app;

import static io.incidentledger.app.testdata.TeamsActivities.message;
import static io.incidentledger.app.testdata.TeamsActivities.outgoingWebhook;
import static io.incidentledger.app.testdata.TeamsRequests.awaitThreadOf;
import static io.incidentledger.app.testdata.TeamsRequests.refIn;
import static io.incidentledger.app.testdata.TeamsRequests.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.FakeTeamsConnector;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.LedgerEvents;
import io.incidentledger.app.testdata.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Teams path under overload, on real servers: while the event store takes no write (a table lock held by the
 * test), the chat intake of one place fills, and every further bot message or webhook command is answered 503 with
 * {@code Retry-After}, appends nothing, and is taken when Teams sends it again.
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "teams.webhook-secret=" + TeamsOverloadIT.WEBHOOK_SECRET, "teams.incident-channel-id=19:incidents@thread.tacv2",
        "ledger.rbac.admins=aad-ada", "ledger.chat.intake-capacity=1"})
class TeamsOverloadIT extends RunningApp {

    static final String WEBHOOK_SECRET = "dGVhbXMtb3ZlcmxvYWQtd2ViaG9vay1zZWNyZXQtMzJi";
    private static final Duration WAIT = Duration.ofSeconds(90);
    @RegisterExtension
    static final FakeTeamsConnector FAKE = FakeTeamsConnector.start();

    @Autowired
    DataSource dataSource;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void connector(DynamicPropertyRegistry registry) {
        registry.add("teams.service-url", FAKE::serviceUrl);
    }

    /** One request to either Teams endpoint, and its words: each is fresh, so its events can be found. */
    record Sent(String path, String body, String word, CompletableFuture<HttpResponse<String>> answer) {
    }

    @Test
    void aFullIntakeAnswersBotMessagesAndWebhookCommands503WithRetryAfterAndAppendsNothingOfThem() throws Exception {
        String ref = declare("Overload drill " + UUID.randomUUID());
        String incident = jdbc.queryForObject("select incident_id from incident_directory where number = ?",
                String.class, Long.parseLong(ref.substring(4)));
        String thread = awaitThreadOf(jdbc, ref, WAIT);
        List<Sent> contenders = new ArrayList<>();
        Sent first;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table domainevententry in exclusive mode");
            first = botMessage(thread);
            await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from pg_stat_activity where "
                    + "wait_event_type = 'Lock' and query ilike '%domainevententry%'", Integer.class) >= 1);
            // the first is being written; of these four one takes the intake's one place, three are refused at once
            contenders.addAll(List.of(botMessage(thread), botMessage(thread), webhookNote(ref), webhookNote(ref)));
            await().atMost(WAIT).until(() -> contenders.stream().filter(sent -> sent.answer().isDone()).count() >= 3);
            lock.rollback();
        }

        assertThat(first.answer().get().statusCode()).isEqualTo(200);
        List<Sent> refused = contenders.stream().filter(sent -> sent.answer().join().statusCode() == 503).toList();
        assertThat(refused).hasSize(3).anySatisfy(sent -> assertThat(sent.path()).isEqualTo("/api/messages"))
                .anySatisfy(sent -> assertThat(sent.path()).isEqualTo("/teams/webhook"));
        for (Sent sent : refused) {
            var answer = sent.answer().join();
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(json.readTree(answer.body()).path("error").asText()).isEqualTo("busy");
            assertThat(answer.body()).doesNotContain("Exception");
        }
        List<Sent> taken = contenders.stream().filter(sent -> !refused.contains(sent)).toList();
        assertThat(taken).singleElement().satisfies(sent -> assertThat(sent.answer().get().statusCode()).isEqualTo(200));
        await().atMost(WAIT).until(() -> appended(incident, first.word()) == 1 && appended(incident, taken.get(0).word()) == 1);
        refused.forEach(sent -> assertThat(appended(incident, sent.word())).as(sent.word()).isZero());

        // Teams sends each again, with the same activity id: now each is taken, once
        for (Sent sent : refused) {
            assertThat(post(sent.path(), sent.body()).join().statusCode()).as(sent.word()).isEqualTo(200);
            assertThat(appended(incident, sent.word())).as(sent.word()).isEqualTo(1);
        }
    }

    private long appended(String incident, String word) {
        // read through the ledger's serializer: chat text is stored sealed
        return LedgerEvents.payloadsOf(jdbc, eventSerializer, incident).stream().filter(payload -> payload.contains(word)).count();
    }

    private Sent botMessage(String thread) {
        String word = "said" + UUID.randomUUID().toString().replace("-", "");
        String body = message(FAKE.serviceUrl(), thread, fresh(), "aad-bob", "overload " + word);
        return new Sent("/api/messages", body, word, post("/api/messages", body));
    }

    private Sent webhookNote(String ref) {
        String word = "noted" + UUID.randomUUID().toString().replace("-", "");
        String body = outgoingWebhook(fresh(), "aad-ada", "note " + ref + " overload " + word);
        return new Sent("/teams/webhook", body, word, post("/teams/webhook", body));
    }

    private CompletableFuture<HttpResponse<String>> post(String path, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (path.equals("/teams/webhook")) {
            request.header("Authorization", "HMAC " + signature(WEBHOOK_SECRET, body));
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String declare(String title) throws Exception {
        var declared = post("/teams/webhook", outgoingWebhook(fresh(), "aad-ada", "declare " + title)).join();
        return refIn(json.readTree(declared.body()).path("text").asText());
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }
}
