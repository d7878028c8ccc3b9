package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.HostileJson;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Each input that once got a 500 or a parser's words now gets a 400 with the one error body, in a sentence. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "teams.webhook-secret=" + TeamsAppIT.WEBHOOK_SECRET, "teams.tenant-ids=t1",
        "status-page.notifications.prune-every=PT1S"})
class EndpointsAreTotalIT extends RunningApp {

    @BeforeEach
    void awaitTheViews() {
        await().atMost(Duration.ofSeconds(120)).until(() -> client.get("/api/v2/status.json").statusCode() == 200
                && client.getAsReader("/api/search?q=warmup").statusCode() == 200);
    }

    @Test
    void aCursorOfTheRightShapeButTheWrongSortValuesIsABadRequest() throws Exception {
        String threeValues = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("l1764000000000\nse-1\nsextra".getBytes(StandardCharsets.UTF_8));

        assertBadRequest(client.getAsReader("/api/search?q=x&sort=time&after=" + threeValues), "bad_parameter", "cursor");
        assertBadRequest(client.getAsReader("/api/search?q=x&sort=relevance&after=" + threeValues), "bad_parameter", "cursor");
    }

    @Test
    void instantsThatJavaAcceptsButElasticsearchRefusesAreBadRequests() throws Exception {
        assertBadRequest(client.getAsReader("/api/search?from=%2B1000000000-01-01T00:00:00Z"), "bad_parameter", "9999");
        assertBadRequest(client.getAsReader("/api/search?q=x&to=-999999999-01-01T00:00:00Z"), "bad_parameter", "9999");
        assertBadRequest(client.getAsReader("/api/incidents?from=%2B10000-01-01T00:00:00Z"), "bad_parameter", "9999");
    }

    @Test
    void hugeSizesBadZonesAndReferencesOutsideTheNumbersAreBadRequests() throws Exception {
        assertBadRequest(client.getAsReader("/api/search?q=x&size=99999999999"), "bad_parameter", "size");
        assertBadRequest(client.getAsReader("/api/search?q=x&size=1000"), "bad_parameter", "100");
        assertBadRequest(client.getAsReader("/api/search?q=x&size=a&size=b"), "bad_parameter", "'a,b'");
        assertBadRequest(client.getAsReader("/api/incidents/INC-1/timeline?tz=%2B99:00"), "bad_parameter", "IANA");
        assertBadRequest(client.getAsReader("/api/incidents/INC-0"), "bad_parameter", "INC-42");
        assertBadRequest(client.getAsReader("/api/incidents/INC-99999999999999999999/review.md"), "bad_parameter", "INC-42");
    }

    @Test
    void aMalformedIfNoneMatchOnThePublicPageAndItsJsonIsABadRequest() throws Exception {
        for (String path : new String[] {"/", "/api/v2/summary.json", "/history.atom"}) {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("If-None-Match", "\"unterminated, W/").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertBadRequest(response, "bad_header", "entity tags");
        }
    }

    @Test
    void anAsOfBeforeTheEpochOrPastTheEndOfTimeIsABadRequest() throws Exception {
        assertBadRequest(client.get("/api/v2/summary.json?at=-999999999-01-01T00:00:00Z"), "bad_parameter", "1970");
        assertBadRequest(client.get("/?at=%2B999999999-12-31T23:59:59Z"), "bad_parameter", "future");
    }

    @Test
    void aMultipartContentTypeWithoutABoundaryIsABadRequestWhereverItIsSent() throws Exception {
        for (String path : new String[] {"/actuator/health", "/api/v2/summary.json"}) {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "multipart/form-data").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + " " + response.body()).isIn(200, 400);
            assertThat(HostileJson.leaks(response.body())).as(response.body()).isFalse();
        }
        var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health")).header("Content-Type", "multipart/form-data").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertBadRequest(health, "bad_request", "boundary");
    }

    private void assertBadRequest(HttpResponse<String> response, String code, String says) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asText()).isEqualTo(code);
        assertThat(body.path("message").asText()).contains(says);
        assertThat(HostileJson.leaks(response.body())).as(response.body()).isFalse();
    }
}
