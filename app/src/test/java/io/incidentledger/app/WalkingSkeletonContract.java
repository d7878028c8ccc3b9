package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.RunningApp;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One incident from a signed Slack command to the status page and to search, on real servers. Subclasses say
 * which servers: the embedded ones, or containers where Docker exists.
 */
abstract class WalkingSkeletonContract extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(60);
    private static final Pattern REF = Pattern.compile("INC-(\\d+)");

    @Test
    void aSignedDeclareReachesTheStatusPageAndSearch() throws Exception {
        var reply = client.slashCommand("declare Checkout basketweaving errors severity=2");

        assertThat(reply.statusCode()).isEqualTo(200);
        var matcher = REF.matcher(reply.body());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        String ref = matcher.group();
        assertThat(json.readTree(reply.body()).path("response_type").asText()).isEqualTo("in_channel");

        await().atMost(VIEWS).untilAsserted(() -> {
            var summary = client.get("/api/v2/summary.json");
            assertThat(summary.statusCode()).isEqualTo(200);
            JsonNode incident = incidentNamed(json.readTree(summary.body()), "Checkout basketweaving errors");
            assertThat(incident).as(summary.body()).isNotNull();
            assertThat(incident.path("status").asText()).isEqualTo("investigating");
            assertThat(incident.path("impact").asText()).isEqualTo("major");
            assertThat(incident.path("shortlink").asText()).endsWith("#" + ref.toLowerCase());
            assertThat(incident.path("incident_updates")).isNotEmpty();
        });
        var page = client.get("/");
        assertThat(page.body()).contains("class=\"status outage\"", "Checkout basketweaving errors");

        await().atMost(VIEWS).untilAsserted(() -> {
            var search = client.getAsReader("/api/search?q=basketweaving");
            assertThat(search.statusCode()).isEqualTo(200);
            JsonNode hits = json.readTree(search.body()).path("hits");
            assertThat(hits).as(search.body()).anySatisfy(hit -> {
                assertThat(hit.path("incident").asText()).isEqualTo(ref);
                assertThat(hit.path("text").asText()).contains("basketweaving");
                assertThat(hit.path("occurredAt").asText()).isNotBlank();
            });
        });
    }

    @Test
    void concurrentDeclarationsEachGetTheirOwnReference() throws Exception {
        int declarations = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(declarations);
        try {
            var replies = pool.invokeAll(java.util.stream.IntStream.range(0, declarations)
                    .mapToObj(i -> (java.util.concurrent.Callable<String>) () ->
                            client.slashCommand("declare Parallel outage " + i).body())
                    .toList());
            var refs = new java.util.HashSet<String>();
            for (var reply : replies) {
                var matcher = REF.matcher(reply.get());
                assertThat(matcher.find()).as(reply.get()).isTrue();
                refs.add(matcher.group());
            }
            assertThat(refs).hasSize(declarations);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void healthReportsAllThreeServersUp() throws Exception {
        await().atMost(VIEWS).untilAsserted(() -> {
            var health = json.readTree(client.getAsReader("/actuator/health").body());
            assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
            assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
            assertThat(health.path("components").path("kafka").path("status").asText()).isEqualTo("UP");
            assertThat(health.path("components").path("elasticsearch").path("status").asText()).isEqualTo("UP");
        });
    }

    @Test
    void aSearchWithoutWordsIsABadRequestThatSaysWhy() throws Exception {
        var response = client.getAsReader("/api/search");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("message").asText()).contains("?q=");
    }

    private static JsonNode incidentNamed(JsonNode summary, String name) {
        for (JsonNode incident : summary.path("incidents")) {
            if (incident.path("name").asText().equals(name)) {
                return incident;
            }
        }
        return null;
    }
}
