package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.eventCallback;
import static io.incidentledger.app.testdata.SlackPayloads.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.app.testdata.ConsoleBrowser;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.OidcProvider;
import io.incidentledger.projections.replay.LedgerReplay;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The console in headless Chromium, signed in through a real OIDC provider, on the app's real servers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "ledger.console.oidc.client-id=" + OidcProvider.CLIENT_ID,
        "ledger.console.oidc.client-secret=" + OidcProvider.CLIENT_SECRET,
        "ledger.console.access.domains=example.com", "ledger.console.access.admin-emails=ada@example.com",
        "ledger.console.chat-ids[ada@example.com]=U0ADA", "ledger.console.chat-ids[bob@example.com]=U0BOB",
        "ledger.console.dev-sign-in=true", "ledger.core.components=Console-Db", "ledger.rbac.groups.responders=U0ADA"})
class ConsoleIT {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)>";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    LedgerReplay replay;
    @TempDir
    Path profile;
    LedgerClient client;
    ConsoleBrowser browser;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("ledger.console.oidc.issuer-uri", () -> OidcProvider.shared().issuer());
    }

    @BeforeEach
    void setUp() throws Exception {
        client = new LedgerClient(port);
        browser = new ConsoleBrowser(port, profile, "1200,1000");
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void aSignedInResponderSeesTheListAndASlackMessageAppearsInTheTimelineWithoutAReload() throws Exception {
        String channel = freshChannel();
        String ref = declareInSlack(channel, "Console checkout outage " + HOSTILE);
        browser.signIn("ada");
        await().atMost(VIEWS).untilAsserted(() -> {
            browser.open("/console");
            assertThat(browser.driver().findElement(By.linkText(ref)).isDisplayed()).isTrue();
        });
        assertThat(browser.driver().findElement(By.tagName("table")).getText()).contains("Console checkout outage " + HOSTILE);
        assertNoScriptRan();
        browser.assertAccessible();
        browser.screenshot(SCREENSHOTS, "console-list.png");

        browser.driver().findElement(By.linkText(ref)).click();
        await().atMost(VIEWS).until(() -> browser.driver().findElement(By.id("live-state")).getText().contains("live"));
        browser.driver().executeScript("window.stayed = 'this page'");
        String said = "Rolling back the gateway " + HOSTILE;
        var response = adaSays(channel, ".000100", said.replace("\"", "\\\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        await().atMost(VIEWS).untilAsserted(() ->
                assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains(said));
        assertThat(browser.driver().executeScript("return window.stayed")).isEqualTo("this page");
        assertThat(browser.driver().findElements(By.cssSelector("#timeline script, #timeline img"))).isEmpty();
        assertNoScriptRan();
        browser.assertAccessible();
        browser.screenshot(SCREENSHOTS, "console-incident.png");
    }

    @Test
    void aSearchHitLeadsToItsPlaceInTheIncidentsTimeline() throws Exception {
        String channel = freshChannel();
        String ref = declareInSlack(channel, "Console search outage");
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 6);
        adaSays(channel, ".000200", "The " + word + " cache is cold <script>alert(1)</script> <img src=x onerror=alert(2)>");
        browser.signIn("ada");
        await().atMost(VIEWS).untilAsserted(() -> {
            browser.open("/console/search?q=" + word);
            assertThat(browser.driver().findElements(By.cssSelector("ol.hits mark"))).isNotEmpty();
        });
        assertThat(browser.driver().findElement(By.cssSelector("ol.hits mark")).getText()).isEqualTo(word);
        // the hit's highlighted text is text: no element of it became a script or an image
        assertThat(browser.driver().findElement(By.cssSelector("ol.hits")).getText())
                .contains("<script>alert(1)</script> <img src=x onerror=alert(2)>");
        assertThat(browser.driver().findElements(By.cssSelector("ol.hits script, ol.hits img"))).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector(".facets")).getText()).contains(ref + " (1)");
        browser.assertAccessible();
        browser.screenshot(SCREENSHOTS, "console-search.png");

        browser.driver().findElement(By.cssSelector("ol.hits a")).click();
        await().atMost(VIEWS).until(() -> browser.driver().getCurrentUrl().contains("/console/incidents/" + ref + "#e-"));
        String anchor = browser.driver().getCurrentUrl().substring(browser.driver().getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.driver().findElement(By.id(anchor)).getText()).contains(word);
        assertThat(browser.driver().findElement(By.id(anchor)).getAttribute("class")).contains("hit");
    }

    @Test
    void anIncidentDeclaredFromTheConsoleIsOnTheStatusPage() throws Exception {
        String title = "Console declared outage " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("ada");
        browser.open("/console/declare");
        browser.assertAccessible();
        browser.driver().findElement(By.name("title")).sendKeys(title);
        new Select(browser.driver().findElement(By.name("severity"))).selectByValue("2");
        browser.driver().findElement(By.cssSelector("form.act button")).click();
        await().atMost(VIEWS).until(() -> browser.driver().getCurrentUrl().matches(".*/console/incidents/INC-\\d+$"));
        await().atMost(VIEWS).ignoreExceptions().untilAsserted(() -> assertThat(browser.driver().findElement(By.cssSelector(".reply")).getText())
                .contains("declared by Ada Lovelace"));

        await().atMost(VIEWS).untilAsserted(() -> {
            browser.driver().get("http://localhost:" + port + "/");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains(title);
        });
        assertThat(storedPayloads("IncidentDeclared", title)).filteredOn(p -> title.equals(p.path("title").asText()))
                .singleElement().satisfies(p -> assertThat(p.path("by").path("platform").asText()).isEqualTo("WEB"));
    }

    @Test
    void aMaintenanceWindowScheduledFromTheConsoleIsListedAndItsCancelButtonCallsItOff() throws Exception {
        String title = "Console maintenance " + UUID.randomUUID().toString().substring(0, 6);
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        browser.signIn("ada");
        browser.open("/console/maintenance");
        browser.assertAccessible();
        browser.driver().findElement(By.name("title")).sendKeys(title);
        browser.driver().findElement(By.name("start")).sendKeys(start.toString());
        browser.driver().findElement(By.name("end")).sendKeys(start.plus(Duration.ofHours(2)).toString());
        browser.driver().findElement(By.name("components")).sendKeys("console-db");
        browser.driver().findElement(By.cssSelector("form.act button")).click();
        await().atMost(VIEWS).ignoreExceptions().untilAsserted(() -> assertThat(browser.driver()
                .findElement(By.cssSelector(".reply")).getText()).contains("scheduled by Ada Lovelace: " + title));
        String mnt = browser.driver().findElement(By.cssSelector(".reply")).getText().replaceAll(".*(MNT-\\d+).*", "$1");

        By row = By.xpath("//tr[th[starts-with(., '" + mnt + ":')]]");
        await().atMost(VIEWS).ignoreExceptions().untilAsserted(() -> {
            browser.open("/console/maintenance");
            assertThat(browser.driver().findElement(row).getText()).contains(title, "scheduled", "Console-Db");
        });
        browser.assertAccessible();
        browser.driver().findElement(row).findElement(By.cssSelector("button[aria-label='cancel " + mnt + "']")).click();
        await().atMost(VIEWS).ignoreExceptions().untilAsserted(() -> assertThat(browser.driver()
                .findElement(By.cssSelector(".reply")).getText()).isEqualTo(mnt + " is cancelled."));
        await().atMost(VIEWS).ignoreExceptions().untilAsserted(() -> {
            browser.open("/console/maintenance");
            assertThat(browser.driver().findElement(row).getText()).contains("cancelled");
        });
        assertThat(storedPayloads("MaintenanceScheduled", title)).singleElement()
                .satisfies(p -> assertThat(p.path("by").path("platform").asText()).isEqualTo("WEB"));
    }

    @Test
    void theMetricsReviewAndReplayPagesDrawTheirDataAndPassAxe() throws Exception {
        String ref = declareInSlack(freshChannel(), "Console metrics outage " + HOSTILE);
        browser.signIn("ada");
        await().atMost(VIEWS).untilAsserted(() -> {
            browser.open("/console/metrics");
            assertThat(browser.driver().findElements(By.cssSelector("#weeks-chart canvas"))).isNotEmpty();
        });
        browser.assertAccessible();
        browser.screenshot(SCREENSHOTS, "console-metrics.png");

        await().atMost(VIEWS).untilAsserted(() -> {
            browser.open("/console/incidents/" + ref + "/review?tz=Europe/Paris");
            assertThat(browser.driver().findElement(By.cssSelector("article.review h1")).getText()).contains(ref, HOSTILE);
        });
        assertNoScriptRan();
        assertThat(browser.driver().findElements(By.cssSelector("article.review script, article.review img"))).isEmpty();
        browser.assertAccessible();

        browser.open("/console/admin/replay");
        browser.driver().findElement(By.cssSelector("main form button")).click();
        await().atMost(VIEWS).until(() -> browser.driver().findElement(By.id("replay-state")).getText().equals("done"));
        browser.assertAccessible();
    }

    @Test
    void aPageWithoutSignInRedirectsToSignInAndTheApiTokensWorkAsBefore() throws Exception {
        var http = HttpClient.newHttpClient();
        var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/incidents")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in");
        // the OIDC flow's paths pass through Spring Security's filter too: it sends the browser to the provider
        var start = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/console"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).contains("client_id=" + OidcProvider.CLIENT_ID);
        assertThat(client.get("/api/incidents").statusCode()).isEqualTo(401);
        // 503 until the views are built, then the reader's token opens it as before
        await().atMost(VIEWS).until(() -> client.getAsReader("/api/incidents").statusCode() == 200);
        browser.open("/console/sign-in");
        browser.assertAccessible();
    }

    @Test
    void aPersonWhoIsNotAllowedGets403() {
        browser.signIn("mallory");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(status("GET", "/console", null)).isEqualTo(403);
        assertThat(status("GET", "/console/search?q=outage", null)).isEqualTo(403);
    }

    @Test
    void aNonAdminCannotOpenOrStartAReplay() {
        browser.signIn("bob");
        String before = replay.progress().state() + replay.progress().startedAt();
        assertThat(status("GET", "/console/admin/replay", null)).isEqualTo(403);
        assertThat(status("POST", "/console/admin/replay", "_csrf=" + csrfToken())).isEqualTo(403);
        assertThat(replay.progress().state() + replay.progress().startedAt()).isEqualTo(before);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndDeclaresNothing() {
        browser.signIn("ada");
        String title = "Forged declaration " + UUID.randomUUID();
        assertThat(status("POST", "/console/declare", "title=" + title.replace(" ", "+") + "&severity=1")).isEqualTo(403);
        assertThat(status("POST", "/console/declare", "title=" + title.replace(" ", "+") + "&severity=1&_csrf=forged"))
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM incident_directory WHERE title = ?", Long.class, title)).isZero();
    }

    @Test
    void aConsoleActionBySomeoneWithoutTheRoleIsRefusedWithChatsSentenceAndRecorded() throws Exception {
        String ref = declareInSlack(freshChannel(), "Console role outage");
        browser.signIn("bob");
        await().atMost(VIEWS).untilAsserted(() -> {
            browser.open("/console/incidents/" + ref);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(ref);
        });
        new Select(browser.driver().findElement(By.name("command"))).selectByValue("status-identified");
        browser.driver().findElement(By.name("text")).sendKeys("Found it");
        browser.driver().findElement(By.cssSelector("form.act button")).click();

        await().atMost(VIEWS).ignoreExceptions().untilAsserted(() -> assertThat(
                browser.driver().findElement(By.cssSelector(".reply.refused")).getText()).startsWith("Only the lead").endsWith(" may run `status` on " + ref + "."));
        assertThat(browser.driver().findElement(By.cssSelector("table.history")).getText())
                .contains("Bob Builder (web)", "status " + ref + " identified Found it", "refused");
        assertThat(storedPayloads("CommandAttempted", "\"ref\":\"" + ref + "\"")).filteredOn(p -> ref.equals(p.path("ref").asText())
                && "WEB".equals(p.path("by").path("platform").asText()) && !p.path("accepted").asBoolean()).hasSize(1);
        browser.assertAccessible();
    }

    @Test
    void theDevelopmentSignInWorksFromThisMachineAndActsAsTheLocalChatAdmin() {
        browser.open("/console");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/console/sign-in"));
        browser.assertAccessible();
        browser.driver().findElement(By.xpath("//button[normalize-space()='Development sign-in']")).click();
        await().atMost(VIEWS).ignoreExceptions().untilAsserted(() -> {
            browser.open("/console");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Incidents");
        });
        assertThat(browser.driver().findElement(By.cssSelector("form.signout span")).getText()).isEqualTo("Local developer");
        assertThat(browser.driver().findElements(By.linkText("Replay"))).hasSize(1);
    }

    @Test
    void onAPhoneTheListAndAnIncidentFitTheScreenAndWorkByKeyboardAlone() throws Exception {
        String ref = declareInSlack(freshChannel(), "Console phone outage with a rather long title that must wrap");
        browser.close();
        browser = new ConsoleBrowser(port, profile.resolve("phone"), "390,844");
        browser.emulatePhone(390, 844);
        browser.signIn("ada");
        await().atMost(VIEWS).untilAsserted(() -> {
            browser.open("/console");
            assertThat(browser.driver().findElements(By.linkText(ref))).isNotEmpty();
        });
        assertThat(((Number) browser.driver().executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
        assertFitsTheScreenWidth();
        browser.assertAccessible();
        browser.screenshot(SCREENSHOTS, "console-list-phone.png");

        WebElement skip = press(Keys.TAB);
        assertThat(skip.getAttribute("class")).isEqualTo("skip");
        assertFocusVisible(skip);
        press(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#main");
        WebElement first = press(Keys.TAB);
        assertThat(browser.driver().executeScript("return document.getElementById('main').contains(arguments[0])", first))
                .as("the Tab after the skip link lands in the main content").isEqualTo(true);
        WebElement link = tabTo(e -> ref.equals(e.getText()));
        assertFocusVisible(link);
        press(Keys.ENTER);
        await().atMost(VIEWS).until(() -> browser.driver().getCurrentUrl().endsWith("/console/incidents/" + ref));
        await().atMost(VIEWS).until(() -> browser.driver().findElement(By.id("live-state")).getText().contains("live"));
        assertFitsTheScreenWidth();
        browser.assertAccessible();

        WebElement command = tabTo(e -> "command".equals(e.getAttribute("name")));
        assertFocusVisible(command);
        // typing a letter picks the first option with it, as a select does for a keyboard
        command.sendKeys("A");
        assertThat(command.getAttribute("value")).isEqualTo("note");
        String note = "Typed on a phone " + UUID.randomUUID();
        press(Keys.TAB).sendKeys(note);
        WebElement send = press(Keys.TAB);
        assertThat(send.getText()).isEqualTo("Send");
        assertFocusVisible(send);
        press(Keys.ENTER);
        await().atMost(VIEWS).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.driver().findElement(By.cssSelector(".reply.ok")).isDisplayed()).isTrue());
        await().atMost(VIEWS).untilAsserted(() ->
                assertThat(browser.driver().findElement(By.cssSelector("table.history")).getText()).contains(note));
        assertFitsTheScreenWidth();
        browser.assertAccessible();
        browser.screenshot(SCREENSHOTS, "console-incident-phone.png");
    }

    @Test
    void everyTimeIsInTheViewersZoneWithUtcOnHoverAndEmptyStatesSayWhatToDo() throws Exception {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", tokyo.getId()));
        String channel = freshChannel();
        String ref = declareInSlack(channel, "Console zone outage");
        String word = "quokka" + UUID.randomUUID().toString().substring(0, 6);
        adaSays(channel, ".000300", "The " + word + " queue is stuck");
        browser.signIn("ada");
        await().atMost(VIEWS).untilAsserted(() -> {
            browser.open("/console");
            assertThat(browser.driver().findElements(By.linkText(ref))).isNotEmpty();
        });
        assertTimesIn(tokyo);
        await().atMost(VIEWS).untilAsserted(() -> {
            browser.open("/console/incidents/" + ref);
            assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains(word);
        });
        assertTimesIn(tokyo);
        assertThat(browser.driver().findElement(By.cssSelector(".actions")).findElements(By.tagName("li"))).isEmpty();
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("No follow-up action yet. Add one below.");
        await().atMost(VIEWS).untilAsserted(() -> {
            browser.open("/console/search?q=" + word);
            assertThat(browser.driver().findElements(By.cssSelector("ol.hits mark"))).isNotEmpty();
        });
        assertTimesIn(tokyo);
        browser.open("/console/incidents/" + ref + "/review");
        await().atMost(VIEWS).until(() -> browser.driver().getCurrentUrl().endsWith("/review?tz=Asia%2FTokyo"));
        assertThat(new Select(browser.driver().findElement(By.id("tz"))).getFirstSelectedOption().getText()).isEqualTo("Asia/Tokyo");

        browser.open("/console?component=nothing-" + UUID.randomUUID());
        assertThat(browser.driver().findElement(By.cssSelector("p.empty")).getText()).startsWith("No incident matches. Clear the filters");
        assertThat(browser.driver().findElement(By.cssSelector("p.empty a")).getAttribute("href")).endsWith("/console/declare");
        browser.open("/console/search?q=nothing" + UUID.randomUUID().toString().replace("-", ""));
        assertThat(browser.driver().findElement(By.cssSelector("p.empty")).getText()).startsWith("Nothing matches. Try fewer words");
        browser.open("/console/search");
        assertThat(browser.driver().findElement(By.cssSelector("p.empty")).getText()).startsWith("Type a few words");
    }

    /** Every time on the page reads in {@code zone} (console.js), with the server's UTC text as its title. */
    private void assertTimesIn(ZoneId zone) {
        var times = browser.driver().findElements(By.cssSelector("time[datetime]"));
        assertThat(times).as(browser.driver().getCurrentUrl()).isNotEmpty();
        for (WebElement time : times) {
            Instant at = Instant.parse(time.getAttribute("datetime"));
            String shown = time.getAttribute("textContent");
            assertThat(time.getAttribute("title")).isEqualTo(UTC_TEXT.format(at));
            assertThat(shown).as(browser.driver().getCurrentUrl()).doesNotContain("UTC").containsAnyOf(
                    DateTimeFormatter.ofPattern("h:mm:ss").withZone(zone).format(at),
                    DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(at));
        }
    }

    private void assertFitsTheScreenWidth() {
        assertThat(browser.driver().executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as(browser.driver().getCurrentUrl() + " scrolls sideways").isEqualTo(true);
    }

    private void assertFocusVisible(WebElement element) {
        assertThat(browser.driver().executeScript("var s = getComputedStyle(arguments[0]);"
                + "return arguments[0] === document.activeElement && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;",
                element)).as("a visible focus ring on " + element.getTagName()).isEqualTo(true);
    }

    private WebElement press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        return browser.driver().switchTo().activeElement();
    }

    private WebElement tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = press(Keys.TAB);
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Not reachable with Tab on " + browser.driver().getCurrentUrl());
    }

    private int status(String method, String path, String form) {
        Object status = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var init = {method: arguments[0], redirect: 'manual', credentials: 'same-origin'};"
                + "if (arguments[2]) { init.body = arguments[2]; init.headers = {'Content-Type': 'application/x-www-form-urlencoded'}; }"
                + "fetch(arguments[1], init).then(function (r) { done(r.status); }, function (e) { done(-1); });",
                method, browser.url(path), form);
        return ((Number) status).intValue();
    }

    private String csrfToken() {
        browser.open("/console/sign-in");
        return browser.driver().findElement(By.cssSelector("form.signout input[name=_csrf]")).getAttribute("value");
    }

    private void assertNoScriptRan() {
        try {
            String text = browser.driver().switchTo().alert().getText();
            throw new AssertionError("The page ran chat text as a script: " + text);
        } catch (NoAlertPresentException expected) {
            // chat's <script> and onerror= stayed text
        }
    }

    private String declareInSlack(String channel, String title) throws Exception {
        var reply = client.slashCommandAs("U0ADA", channel, "declare " + title + " severity=2");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        Matcher matcher = REF.matcher(json.readTree(reply.body()).path("text").asText());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        return matcher.group();
    }

    /** Ada's message in the channel; {@code micros} keeps the tests' message timestamps apart. */
    private HttpResponse<String> adaSays(String channel, String micros, String text) {
        return client.postEvent(eventCallback(freshId("Ev"), message(channel, "U0ADA",
                Instant.now().getEpochSecond() + micros, text)), 0);
    }

    private static String freshChannel() {
        return freshId("C0");
    }

    private static String freshId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** Stored payloads parsed here: other ITs store texts with \u0000, which PostgreSQL's jsonb refuses for every row. */
    private List<JsonNode> storedPayloads(String type, String containing) throws Exception {
        List<JsonNode> payloads = new ArrayList<>();
        for (String payload : jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE "
                + "payloadtype LIKE ? AND convert_from(payload, 'UTF8') LIKE ?", String.class, "%" + type, "%" + containing + "%")) {
            payloads.add(json.readTree(payload));
        }
        return payloads;
    }
}
