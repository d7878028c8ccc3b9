package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.Chromium;
import io.incidentledger.app.testdata.ConsoleBrowser;
import io.incidentledger.app.testdata.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** The page in the reader's language, CORS on the public reads and nowhere else, and the badges' validators. */
@AppOnLocalServers
class StatusPageLanguagesIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final String ORIGIN = "http://partner.example";
    private static final List<String> PUBLIC = List.of("/api/v2/summary.json", "/api/v2/status.json",
            "/api/v2/components.json", "/api/v2/incidents.json", "/api/v2/incidents/unresolved.json", "/history.atom",
            "/history.rss", "/badge.svg", "/embed.js");
    private static final List<String> INTERNAL = List.of("/", "/console", "/console/sign-in", "/api/search?q=x",
            "/api/admin/dead-letters", "/api/incidents/INC-1/timeline", "/slack/events", "/api/messages",
            "/teams/webhook", "/actuator/health");

    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path profile;

    @Test
    void acceptLanguageChoosesThePagesLanguageAndEachLanguageHasItsOwnEtag() throws Exception {
        await().atMost(VIEWS).until(() -> send("GET", "/", "Accept-Language", "de").statusCode() == 200);
        HttpResponse<String> german = send("GET", "/", "Accept-Language", "de-AT,de;q=0.9,en;q=0.5");
        HttpResponse<String> english = send("GET", "/", "Accept-Language", "fr, en-GB;q=0.8");
        String germanEtag = german.headers().firstValue("ETag").orElseThrow();

        assertThat(german.body()).contains("<html lang=\"de\">", "Vergangene Störungen").doesNotContain("Past incidents");
        assertThat(english.body()).contains("<html lang=\"en\">", "Past incidents");
        assertThat(german.headers().allValues("Vary").toString()).contains("Accept-Language");
        assertThat(germanEtag).isNotEqualTo(english.headers().firstValue("ETag").orElseThrow());
        // a cache that ignored Vary would hand the German bytes to an English reader: their tags never match
        assertThat(send("GET", "/", "Accept-Language", "en", "If-None-Match", germanEtag).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/", "Accept-Language", "de", "If-None-Match", germanEtag).statusCode()).isIn(304, 200);
    }

    @Test
    void thePublicReadsAnswerAnyOriginAndTheirPreflightAndNothingElseSendsCors() throws Exception {
        await().atMost(VIEWS).until(() -> send("GET", "/api/v2/status.json").statusCode() == 200);
        for (String path : PUBLIC) {
            HttpResponse<String> read = send("GET", path, "Origin", ORIGIN);
            HttpResponse<String> preflight = preflight(path);

            assertThat(read.statusCode()).as(path).isEqualTo(200);
            assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(preflight.statusCode()).as(path).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
            assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("86400");
        }
        for (String path : INTERNAL) {
            for (HttpResponse<String> response : List.of(send("GET", path, "Origin", ORIGIN), preflight(path))) {
                assertThat(response.statusCode()).as(path).isLessThan(500);
                assertThat(response.headers().map().keySet()).as(path)
                        .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
            }
        }
    }

    @Test
    void badgesAreSvgWithValidatorsAnd304AndAnUnknownComponentIsA404ApiError() throws Exception {
        await().atMost(VIEWS).until(() -> send("GET", "/badge.svg").statusCode() == 200);
        HttpResponse<String> badge = send("GET", "/badge.svg");
        String etag = badge.headers().firstValue("ETag").orElseThrow();

        assertThat(badge.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(badge.headers().firstValue("Last-Modified")).isPresent();
        assertThat(badge.body()).contains("role=\"img\"", "aria-label=\"status: ", "<title>status: ");
        HttpResponse<String> again = send("GET", "/badge.svg", "If-None-Match", etag);
        assertThat(again.statusCode()).isIn(304, 200);
        if (again.statusCode() == 200) {
            assertThat(again.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        }
        HttpResponse<String> script = send("GET", "/embed.js");
        assertThat(send("GET", "/embed.js", "If-None-Match", script.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(304);

        HttpResponse<String> unknown = send("GET", "/badge/no-such-component.svg", "Accept", "image/svg+xml,image/*");
        JsonNode error = json.readTree(unknown.body());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error.path("error").asText()).isEqualTo("not_found");
        assertThat(error.path("message").asText()).contains("components.json");
    }

    @Test
    void theGermanPageHasNoAxeViolationAndIsPhotographedForTheDocs() throws Exception {
        var options = Chromium.headless(profile, "1000,1100");
        options.addArguments("--lang=de-DE");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriver browser = Chromium.open(options);
        String ref = declare("Zahlungen schlagen fehl");
        say("update " + ref + " Wir haben die Ursache gefunden und rollen das Update zurück.");
        try {
            await().atMost(VIEWS).ignoreException(NoSuchElementException.class).untilAsserted(() -> {
                browser.get("http://localhost:" + port + "/");
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
                assertThat(browser.findElement(By.id(ref.toLowerCase())).getText()).contains("rollen das Update zurück");
            });
            assertThat(browser.findElement(By.cssSelector("header.status")).getText()).contains("Zahlungen schlagen fehl");
            assertThat(browser.findElement(By.cssSelector("section.past h2")).getText()).isEqualTo("Vergangene Störungen");
            ConsoleBrowser.assertAccessible(browser);
            Path shot = Path.of("target", "screenshots", "status-page-de.png");
            Files.createDirectories(shot.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
            say("status " + ref + " resolved Behoben");
        }
    }

    private String declare(String title) {
        var reply = client.slashCommandAs("U0ADA", "C0GERMAN", "declare " + title + " severity=2");
        assertThat(reply.statusCode()).isEqualTo(200);
        var matcher = java.util.regex.Pattern.compile("INC-\\d+").matcher(reply.body());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        return matcher.group();
    }

    private void say(String text) {
        assertThat(client.slashCommandAs("U0ADA", "C0GERMAN", text).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> preflight(String path) throws Exception {
        return send("OPTIONS", path, "Origin", ORIGIN, "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "if-none-match");
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
