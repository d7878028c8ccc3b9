package io.incidentledger.app;

import static io.incidentledger.app.testdata.TeamsActivities.outgoingWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.app.testdata.FakeTeamsConnector;
import io.incidentledger.app.testdata.LedgerClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Poison events on real servers: each one is parked while the events after it flow, is counted in health and
 * Prometheus, is listed by the admin API, and can be retried from there once its cause is gone.
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "teams.webhook-secret=" + DeadLettersIT.WEBHOOK_SECRET, "teams.incident-channel-id=19:incidents@thread.tacv2",
        "ledger.rbac.admins=aad-ada", "ledger.admin-token=" + DeadLettersIT.ADMIN_TOKEN,
        "ledger.dead-letters.max-attempts=2"})
class DeadLettersIT {

    static final String WEBHOOK_SECRET = "ZGVhZC1sZXR0ZXJzLXdlYmhvb2stc2VjcmV0LTMyYnl0ZXM=";
    static final String ADMIN_TOKEN = "dead-letters-admin-token";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final FakeTeamsConnector FAKE = start();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void connector(DynamicPropertyRegistry registry) {
        registry.add("teams.service-url", FAKE::serviceUrl);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Test
    void aTeamsThreadRefusedWith403IsParkedWhileLaterIncidentsGetTheirThreadsAndARetryDeliversIt() throws Exception {
        FAKE.refuseNewThreads(403);
        String refused = declare("Refused thread " + UUID.randomUUID());
        JsonNode parked = awaitParked("teams-outbound", 1);
        assertThat(parked.path("errorClass").asText()).contains("DeliveryFailure");
        assertThat(parked.path("errorMessage").asText()).contains("HTTP 403");
        assertThat(parked.path("attempts").asInt()).isEqualTo(2);
        assertThat(parked.path("incidentId").asText()).isNotBlank();

        var failedAgain = admin("POST", "/api/admin/dead-letters/" + parked.path("id").asLong() + "/retry");
        assertThat(failedAgain.statusCode()).isEqualTo(409);
        assertThat(json.readTree(failedAgain.body()).path("error").asText()).isEqualTo("retry_failed");
        assertThat(letter(parked.path("id").asLong()).path("attempts").asInt()).isEqualTo(3);

        FAKE.refuseNewThreads(0);
        String next = declare("Thread after the refused one " + UUID.randomUUID());
        await().atMost(WAIT).untilAsserted(() -> assertThat(FAKE.created()).anySatisfy(c -> assertThat(c.body())
                .contains(next + " · Thread after the refused one")));
        assertThat(FAKE.created()).noneSatisfy(c -> assertThat(c.body()).contains(refused + " · "));
        assertThat(health().path("status").asText()).isEqualTo("UP");
        assertThat(health().at("/components/deadLetters/details/byProcessor/teams-outbound").asLong()).isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(admin("GET", "/actuator/prometheus").body())
                .contains("ledger_dead_letters{processor=\"teams-outbound\"} 1.0"));

        var retried = admin("POST", "/api/admin/dead-letters/" + parked.path("id").asLong() + "/retry");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(FAKE.created()).anySatisfy(c -> assertThat(c.body()).contains(refused + " · Refused thread"));
        assertThat(json.readTree(admin("GET", "/api/admin/dead-letters").body()).path("byProcessor")
                .path("teams-outbound").isMissingNode()).isTrue();
        assertThat(admin("POST", "/api/admin/dead-letters/" + parked.path("id").asLong() + "/retry").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aThreeHundredCharacterDisplayNameIsBoundedAndTheNotificationProcessorGoesOn() throws Exception {
        String longName = "Ada " + "L".repeat(296);
        String user = "aad-long-" + UUID.randomUUID().toString().substring(0, 8);
        webhook(outgoingWebhook(fresh(), user, "declare Long name drill " + UUID.randomUUID())
                .replace("\"name\":\"" + user + "\"", "\"name\":\"" + longName + "\""));
        String after = "aad-after-" + UUID.randomUUID().toString().substring(0, 8);
        declareAs(after, "After the long name " + UUID.randomUUID());

        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select name from status_display_name where user_id in (?, ?) order by user_id", String.class,
                user, after)).hasSize(2));
        String stored = jdbc.queryForObject("select name from status_display_name where user_id = ?", String.class, user);
        assertThat(stored).hasSizeLessThanOrEqualTo(255).startsWith(longName.substring(0, 200));
        assertThat(jdbc.queryForObject("select count(*) from dead_letter where processor = 'status-notifications'",
                Integer.class)).isZero();
    }

    @Test
    void theAdminListNeedsTheAdminTokenAndAValidPage() throws Exception {
        var anonymous = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/admin/dead-letters")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var badPage = admin("GET", "/api/admin/dead-letters?size=100000");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badPage.body()).path("error").asText()).isEqualTo("bad_page");
    }

    private JsonNode awaitParked(String processor, int count) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode page = json.readTree(admin("GET", "/api/admin/dead-letters").body());
            assertThat(page.path("byProcessor").path(processor).asInt()).isEqualTo(count);
            for (JsonNode letter : page.path("deadLetters")) {
                if (letter.path("processor").asText().equals(processor)) {
                    found[0] = letter;
                }
            }
        });
        return found[0];
    }

    private JsonNode letter(long id) throws Exception {
        for (JsonNode letter : json.readTree(admin("GET", "/api/admin/dead-letters").body()).path("deadLetters")) {
            if (letter.path("id").asLong() == id) {
                return letter;
            }
        }
        throw new AssertionError("No dead letter " + id);
    }

    private JsonNode health() throws Exception {
        return json.readTree(admin("GET", "/actuator/health").body());
    }

    private String declare(String title) throws Exception {
        return declareAs("aad-ada", title);
    }

    private String declareAs(String user, String title) throws Exception {
        var declared = webhook(outgoingWebhook(fresh(), user, "declare " + title));
        var matcher = REF.matcher(json.readTree(declared.body()).path("text").asText());
        assertThat(matcher.find()).as(declared.body()).isTrue();
        return matcher.group();
    }

    private HttpResponse<String> webhook(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(WEBHOOK_SECRET), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return new LedgerClient(port).postJson("/teams/webhook", body, "Authorization", "HMAC " + signature);
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String fresh() {
        return Long.toString(System.nanoTime());
    }

    private static FakeTeamsConnector start() {
        try {
            return new FakeTeamsConnector();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
