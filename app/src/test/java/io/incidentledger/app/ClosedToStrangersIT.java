package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outside the local profile a stranger reads the public status page and a bare UP or DOWN, nothing else. */
@AppOnLocalServers
class ClosedToStrangersIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final List<String> INTERNAL = List.of("/api/search?q=checkout", "/api/incidents",
            "/api/incidents/INC-1", "/api/incidents/INC-1/timeline?format=markdown", "/api/incidents/INC-1/review.md",
            "/api/metrics", "/v3/api-docs", "/v3/api-docs.yaml", "/actuator/prometheus");

    @Test
    void theInternalReadApisTheDocsAndPrometheusAnswer401WithoutTheApiToken() throws Exception {
        for (String path : INTERNAL) {
            var anonymous = client.get(path);
            var wrong = get(path, "Bearer guess");

            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(json.readTree(anonymous.body()).path("error").asText()).as(path).isEqualTo("unauthorized");
            assertThat(json.readTree(anonymous.body()).size()).as(path).isEqualTo(2);
            assertThat(wrong.statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void withTheApiTokenTheyAnswer() throws Exception {
        await().atMost(VIEWS).untilAsserted(() -> {
            assertThat(client.getAsReader("/api/metrics").statusCode()).isEqualTo(200);
            assertThat(client.getAsReader("/api/search?q=checkout").statusCode()).isEqualTo(200);
        });
        assertThat(client.getAsReader("/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(client.getAsReader("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(get("/actuator/prometheus", "Bearer test-admin-token").statusCode()).isEqualTo(200);
    }

    @Test
    void swaggerUisPageAndConfigAreOpenToABrowserButTheDocumentTheyShowIsNot() throws Exception {
        var page = client.get("/swagger-ui/index.html");
        var initializer = client.get("/swagger-ui/swagger-initializer.js");
        var config = client.get("/v3/api-docs/swagger-config");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-initializer.js");
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("...LedgerToken.options", "LedgerToken.plugin", "/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(json.readTree(config.body()).path("url").asText()).isEqualTo("/v3/api-docs");
        assertThat(page.body() + initializer.body() + config.body()).doesNotContain(LedgerClient.API_TOKEN, "/api/search");
        assertThat(client.get("/v3/api-docs").statusCode()).isEqualTo(401);
        assertThat(client.getAsReader("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void aStrangerSeesOnlyWhetherTheAppIsUpAndAReaderOrTheAdminSeesItsComponents() throws Exception {
        // awaited: the views are briefly out of service whenever another test's app joins the Streams group
        await().atMost(VIEWS).untilAsserted(() -> {
            JsonNode anonymous = json.readTree(client.get("/actuator/health").body());
            JsonNode readiness = json.readTree(client.get("/actuator/health/readiness").body());
            JsonNode reader = json.readTree(client.getAsReader("/actuator/health").body());
            JsonNode admin = json.readTree(get("/actuator/health", "Bearer test-admin-token").body());

            // the root also names its probe groups (liveness, readiness): fixed names, nothing about the servers
            assertThat(anonymous.path("status").asText()).isEqualTo("UP");
            assertThat(anonymous.properties()).extracting(java.util.Map.Entry::getKey).containsOnly("status", "groups");
            assertThat(readiness.toString()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(reader.path("components").path("db").path("status").asText()).isEqualTo("UP");
            assertThat(reader.path("components").path("views").path("status").asText()).isEqualTo("UP");
            assertThat(admin.path("components").path("kafka").path("details").path("nodes").asInt()).isEqualTo(1);
        });
    }

    @Test
    void thePublicStatusPageNeedsNoToken() {
        await().atMost(VIEWS).untilAsserted(() -> {
            assertThat(client.get("/api/v2/summary.json").statusCode()).isEqualTo(200);
            assertThat(client.get("/").statusCode()).isEqualTo(200);
        });
        assertThat(client.get("/history.atom").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
