package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.Chromium;
import io.incidentledger.app.testdata.NpmTarball;
import io.incidentledger.app.testdata.OpenIncidents;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.app.testdata.SecondOrigin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Atlassian's own {@code @statuspage/status-widget}, as published on npm, embedded on a partner site served from a
 * second origin, reads our summary.json in headless Chromium and shows our status. The same widget pointed at a relay
 * that serves the very same JSON without {@code Access-Control-Allow-Origin} shows nothing: the header is what makes
 * it work. Our own {@code /embed.js} runs on the same partner page.
 */
@AppOnLocalServers
class StatusWidgetIT extends RunningApp {

    static final NpmTarball WIDGET = new NpmTarball(
            "https://registry.npmjs.org/@statuspage/status-widget/-/status-widget-1.0.5.tgz",
            "sha512-4gzP+n17XfkocRPz+Q7TrWsPRCjR8xxnez5EyAGkUhN1FTqqnT3i3Y4SNeVlh+LUGUpMlyN+9wWf1jWZjjL4eQ==");
    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    CommandGateway commands;
    @TempDir
    Path profile;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger relayed = new AtomicInteger();
    private SecondOrigin site;
    private SecondOrigin relay;
    private ChromeDriver browser;

    @BeforeEach
    void setUp() throws Exception {
        byte[] widget = WIDGET.file("package/dist/index.js");
        relay = new SecondOrigin(exchange -> {
            relayed.incrementAndGet();
            // the same bytes as ours, without the CORS header
            HttpResponse<byte[]> ours = http.send(HttpRequest.newBuilder(URI.create(app("/api/v2/summary.json"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            SecondOrigin.reply(exchange, "application/json", ours.body());
        });
        site = new SecondOrigin(exchange -> {
            if (exchange.getRequestURI().getPath().equals("/status-widget.js")) {
                SecondOrigin.reply(exchange, "text/javascript", widget);
            } else {
                SecondOrigin.reply(exchange, "text/html; charset=utf-8", hostPage().getBytes(StandardCharsets.UTF_8));
            }
        });
        browser = Chromium.open(Chromium.headless(profile, "900,700"));
    }

    @AfterEach
    void tearDown() {
        browser.quit();
        site.close();
        relay.close();
    }

    @Test
    void theStatuspageWidgetOnAnotherOriginShowsOurStatusAndOnlyOurCorsHeaderLetsItRead() throws Exception {
        OpenIncidents.closeAll(jdbc, commands, "Cleared for the widget test");
        await().atMost(VIEWS).until(() -> summary().contains("\"indicator\":\"none\""));

        browser.get(site("/"));
        await().atMost(VIEWS).untilAsserted(() -> {
            assertThat(widgetText("ours")).isEqualTo("All Systems Operational");
            assertThat(widgetText("ours-badge")).isEqualTo("system status All Systems Operational");
            assertThat(embedText()).isEqualTo("Service status: All Systems Operational");
            assertThat(browser.executeScript("return document.getElementById('badge').naturalWidth")).isNotEqualTo(0L);
        });
        assertThat(widgetHtml("ours")).contains("status-indicator none");
        assertThat(fetchFromSite(app("/api/v2/summary.json"))).isEqualTo("read");
        assertThat(fetchFromSite(relayUrl())).startsWith("blocked");
        assertThat(relayed.get()).as("the relay was asked, and answered").isPositive();
        assertThat(widgetText("relayed")).as("the widget behind the relay").isBlank();
        screenshot("status-widget-operational.png");

        String ref = declare("Widget checkout outage");
        await().atMost(VIEWS).until(() -> summary().contains("\"indicator\":\"major\""));
        // the widget keeps what it read for 30 s within one page, and the browser its copy for max-age: visit again
        // until the visit reads the new state, each visit given a poll interval to show it
        await().atMost(VIEWS).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            String shown = widgetText("ours") + " | " + embedText();
            if (!shown.equals("Partial System Outage | Service status: Partial System Outage")) {
                browser.navigate().refresh();
            }
            assertThat(shown).isEqualTo("Partial System Outage | Service status: Partial System Outage");
        });
        assertThat(widgetHtml("ours")).contains("status-indicator major");
        assertThat(widgetText("relayed")).isBlank();
        screenshot("status-widget-outage.png");

        assertThat(client.slashCommandAs("U0ADA", "C0WIDGET", "status " + ref + " resolved Widget test over")
                .statusCode()).isEqualTo(200);
    }

    private String hostPage() {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title></head>
                <body><main><h1>Partner site</h1>
                <p id="ours"><statuspage-widget src="%1$s"></statuspage-widget></p>
                <p id="ours-badge"><statuspage-widget src="%1$s" appearance="badge"></statuspage-widget></p>
                <p id="relayed"><statuspage-widget src="%2$s"></statuspage-widget></p>
                <p id="embed"><script src="%1$s/embed.js"></script></p>
                <p><img id="badge" src="%1$s/badge.svg" alt="Our service status"></p>
                <script src="/status-widget.js"></script>
                </main></body></html>
                """.formatted(app(""), relayUrl());
    }

    private String widgetText(String id) {
        // the widget draws its link only once it has read a summary; before that, or without one, only its style
        Object text = browser.executeScript("var w = document.querySelector('#' + arguments[0] + ' statuspage-widget');"
                + "var link = w && w.shadowRoot && w.shadowRoot.querySelector('a'); return link ? link.textContent : '';", id);
        return text == null ? "" : text.toString().replaceAll("\\s+", " ").strip();
    }

    private String widgetHtml(String id) {
        return String.valueOf(browser.executeScript(
                "return document.querySelector('#' + arguments[0] + ' statuspage-widget').shadowRoot.innerHTML;", id));
    }

    private String embedText() {
        return String.valueOf(browser.executeScript(
                "var a = document.querySelector('#embed a.incident-ledger-status'); return a ? a.textContent : '';"));
    }

    /** What a script of the partner site gets when it reads this URL: the body, or the browser's refusal. */
    private String fetchFromSite(String url) {
        return String.valueOf(browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.json()).then(() => done('read'), e => done('blocked: ' + e));", url));
    }

    private String summary() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app("/api/v2/summary.json"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String declare(String title) {
        var reply = client.slashCommandAs("U0ADA", "C0WIDGET", "declare " + title + " severity=2");
        assertThat(reply.statusCode()).isEqualTo(200);
        Matcher matcher = REF.matcher(reply.body());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        return matcher.group();
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String site(String path) {
        return site.origin() + path;
    }

    private String relayUrl() {
        return relay.origin();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
