package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The status outputs of the running app, driven by signed Slack commands. */
@AppOnLocalServers
class StatusPageIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final String ADA = "U0ADA";
    private static final List<String> OUTPUTS = List.of("/", "/api/v2/summary.json", "/api/v2/status.json",
            "/api/v2/components.json", "/api/v2/incidents.json", "/api/v2/incidents/unresolved.json", "/history.atom",
            "/history.rss");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void asOfAMomentBetweenStepsShowsThePageOfThatStepFromTheLedger() throws Exception {
        Instant beforeDeclare = Instant.now();
        String ref = declare("As-of checkout outage");
        awaitStatus(ref, "investigating");
        Instant afterDeclare = Instant.now();
        say("status " + ref + " identified Bad deploy found");
        awaitStatus(ref, "identified");
        Instant afterIdentified = Instant.now();
        say("status " + ref + " resolved Rolled back");
        awaitStatus(ref, "resolved");
        Instant afterResolved = Instant.now();

        assertThat(incidentAt(ref, beforeDeclare)).isNull();
        assertThat(incidentAt(ref, afterDeclare).path("status").asText()).isEqualTo("investigating");
        JsonNode identified = incidentAt(ref, afterIdentified);
        assertThat(identified.path("status").asText()).isEqualTo("identified");
        assertThat(identified.path("incident_updates").get(0).path("body").asText()).isEqualTo("Bad deploy found");
        assertThat(incidentAt(ref, afterResolved).path("status").asText()).isEqualTo("resolved");

        String pageThen = get("/?at=" + afterIdentified).body();
        assertThat(pageThen).contains("Historical view", "As-of checkout outage", "Bad deploy found",
                "<span class=\"incident-status\">Identified</span>").doesNotContain("Rolled back");
        assertThat(summaryHasIncident(get("/api/v2/summary.json?at=" + afterIdentified).body(), ref)).isTrue();
        assertThat(summaryHasIncident(get("/api/v2/summary.json?at=" + afterResolved).body(), ref)).isFalse();
    }

    @Test
    void aMalformedOrFutureAtIsA400WithASentence() throws Exception {
        for (String path : List.of("/?at=yesterday", "/api/v2/summary.json?at=2026-13-01T00:00:00Z",
                "/api/v2/status.json?at=" + Instant.now().plus(Duration.ofDays(1)))) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            JsonNode error = json.readTree(response.body());
            assertThat(error.path("error").asText()).isEqualTo("bad_parameter");
            assertThat(error.path("message").asText()).endsWith(".");
        }
    }

    @Test
    void everyStatusOutputHasValidatorsAndAnswers304WhenUnchanged() throws Exception {
        awaitViewReady();
        for (String path : OUTPUTS) {
            // another app context in this JVM joining the Streams group answers 503 while it rebalances: retried
            await().atMost(VIEWS).untilAsserted(() -> validatorsAnd304(path));
        }
    }

    private void validatorsAnd304(String path) throws Exception {
        HttpResponse<String> first = get(path);
        assertThat(first.statusCode()).as(path).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).as(path).isPresent();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).as(path).contains("max-age=10");

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        // a change landing between the two requests would legitimately give a new ETag
        assertThat(again.statusCode()).as(path).isIn(304, 200);
        if (again.statusCode() == 304) {
            assertThat(again.body()).isEmpty();
        } else {
            assertThat(again.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        }
    }

    @Test
    void feedsParseAndShowPublicUpdatesOnlyWithTheScriptAsText() throws Exception {
        String ref = declare("Feed search outage");
        say("note " + ref + " internal-only-xyzzy");
        say("update " + ref + " <script>alert(1)</script> thanks <@" + ADA + ">");
        // other ITs in this JVM post such updates too: wait for this incident's own entry in each feed
        for (String path : List.of("/history.atom", "/history.rss")) {
            await().atMost(VIEWS).untilAsserted(() -> {
                SyndFeed feed = new SyndFeedInput().build(new StringReader(get(path).body()));
                var entry = feed.getEntries().stream().filter(e -> e.getTitle().startsWith(ref + ": ")).findFirst();
                assertThat(entry).as(path).isPresent();
                String content = path.endsWith("atom") ? entry.get().getContents().get(0).getValue()
                        : entry.get().getDescription().getValue();
                assertThat(content).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "@ada");
            });
        }
        for (String path : OUTPUTS) {
            assertThat(get(path).body()).as("internal notes stay out of " + path).doesNotContain("xyzzy");
        }
        String page = get("/").body();
        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "<span class=\"mention\">@ada</span>");
    }

    private String declare(String title) throws Exception {
        var reply = client.slashCommandAs(ADA, "C0STATUS", "declare " + title + " severity=2");
        assertThat(reply.statusCode()).isEqualTo(200);
        Matcher matcher = REF.matcher(reply.body());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        return matcher.group();
    }

    private void say(String text) {
        assertThat(client.slashCommandAs(ADA, "C0STATUS", text).statusCode()).isEqualTo(200);
    }

    private void awaitViewReady() {
        await().atMost(VIEWS).until(() -> get("/api/v2/status.json").statusCode() == 200);
    }

    private void awaitStatus(String ref, String status) {
        await().atMost(VIEWS).until(() -> {
            JsonNode incident = incident(get("/api/v2/incidents.json").body(), ref);
            return incident != null && incident.path("status").asText().equals(status);
        });
    }

    private JsonNode incidentAt(String ref, Instant at) throws Exception {
        HttpResponse<String> response = get("/api/v2/incidents.json?at=" + at);
        assertThat(response.statusCode()).isEqualTo(200);
        return incident(response.body(), ref);
    }

    private boolean summaryHasIncident(String summary, String ref) throws Exception {
        return incident(summary, ref) != null;
    }

    private JsonNode incident(String body, String ref) throws Exception {
        for (JsonNode incident : json.readTree(body).path("incidents")) {
            if (incident.path("shortlink").asText().endsWith("#" + ref.toLowerCase())) {
                return incident;
            }
        }
        return null;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
