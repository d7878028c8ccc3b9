package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.Chromium;
import io.incidentledger.app.testdata.ConsoleBrowser;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.OpenIncidents;
import io.incidentledger.app.testdata.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Groups and uptime bars in headless Chromium, at a desktop and a phone size: a whole group set by one chat
 * command, a running maintenance window on that group beside the incident and an upcoming one, the bars' minutes
 * on hover and on keyboard focus, 30 days on a phone, the bars as they were with {@code ?at=}, and no axe-core
 * violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "ledger.core.components=Web app", "ledger.rbac.groups.responders=U0ADA"})
class StatusPageUptimeBrowserIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final Pattern MNT = Pattern.compile("MNT-\\d+");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** All of the group in one property source: Spring binds a list's elements from one source only. */
    @DynamicPropertySource
    static void platformWhoseLedgerDbCountsFromFortyDaysAgo(DynamicPropertyRegistry registry) {
        String group = "ledger.core.component-groups[0].";
        registry.add(group + "name", () -> "Platform");
        registry.add(group + "description", () -> "What every product runs on");
        registry.add(group + "components[0].name", () -> "Edge API");
        registry.add(group + "components[0].description", () -> "Public REST and webhooks");
        registry.add(group + "components[1].name", () -> "Ledger DB");
        registry.add(group + "components[1].start-date", () -> LocalDate.now(ZoneOffset.UTC).minusDays(40).toString());
        registry.add(group + "components[2].name", () -> "Internal queue");
        registry.add(group + "components[2].shown", () -> "false");
    }

    @Autowired
    CommandGateway commands;
    @TempDir
    Path profile;
    ChromeDriver browser;

    @BeforeEach
    void setUp() throws Exception {
        browser = Chromium.open(Chromium.headless(profile, "1280,900"));
        viewport(1280, 900, false);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    @Test
    void aGroupSetByOneCommandShowsInItsBarsOnHoverAndFocusAtBothSizesAndAsItWas() throws Exception {
        OpenIncidents.closeAll(jdbc, commands, "Cleared for the uptime browser test");
        Instant before = Instant.now();
        String ref = declare("Edge latency");
        assertThat(say("component " + ref + " platform partial_outage")).contains("platform is now partial_outage");

        await().atMost(VIEWS).ignoreException(NoSuchElementException.class).untilAsserted(() -> {
            browser.get("http://localhost:" + port + "/");
            assertThat(browser.findElement(By.id("group-platform")).getAttribute("class")).isEqualTo("group partial_outage");
        });
        assertThat(browser.findElement(By.cssSelector("#group-platform details")).getAttribute("open")).isNotNull();
        String running = schedule(Instant.now().plus(Duration.ofMinutes(10)), Duration.ofHours(2), "Platform failover");
        assertThat(say("maintenance-start " + running)).contains(running + " is in progress.");
        String upcoming = schedule(Instant.now().plus(Duration.ofDays(2)), Duration.ofHours(1), "Platform network work");
        await().atMost(VIEWS).ignoreException(NoSuchElementException.class).untilAsserted(() -> {
            browser.get("http://localhost:" + port + "/");
            assertThat(browser.findElement(By.cssSelector("section.maintenance#" + slug(running) + " .affected")).getText())
                    .isEqualTo("Under maintenance: Edge API, Ledger DB");
            assertThat(browser.findElement(By.cssSelector("section.upcoming #" + slug(upcoming))).getText())
                    .contains("Platform network work");
        });
        // the incident's partial outage is worse than the maintenance, so the group still shows it
        assertThat(browser.findElement(By.id("group-platform")).getAttribute("class")).isEqualTo("group partial_outage");
        assertThat(browser.getPageSource()).doesNotContain("Internal queue");
        List<WebElement> edge = bars("edge-api");
        assertThat(edge).hasSize(90);
        assertThat(edge.get(89).getAttribute("class")).isEqualTo("bar partial_outage");
        assertThat(edge.get(0).getAttribute("class")).isEqualTo("bar operational");
        assertThat(bars("ledger-db").subList(0, 49)).allSatisfy(bar -> assertThat(bar.getAttribute("class")).isEqualTo("bar no-data"));
        assertThat(bars("ledger-db").get(89).getAttribute("class")).isEqualTo("bar partial_outage");
        assertThat(bars("web-app").get(89).getAttribute("class")).isEqualTo("bar operational");

        new Actions(browser).moveToElement(edge.get(89)).perform();
        assertTipShown(edge.get(89), "Partial outage");
        new Actions(browser).moveToElement(browser.findElement(By.tagName("h2"))).perform();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", edge.get(88));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(edge.get(89));
        assertTipShown(edge.get(89), "Partial outage");
        ConsoleBrowser.assertAccessible(browser);
        screenshot("status-page-uptime.png");

        viewport(390, 844, true);
        browser.navigate().refresh();
        assertThat(bars("edge-api").stream().filter(WebElement::isDisplayed)).hasSize(30);
        assertThat(browser.findElement(By.cssSelector("#component-edge-api .days-30")).isDisplayed()).isTrue();
        assertThat(scrollWidth()).isLessThanOrEqualTo(390);
        ConsoleBrowser.assertAccessible(browser);
        screenshot("status-page-uptime-phone.png");

        browser.get("http://localhost:" + port + "/?at=" + before);
        assertThat(bars("edge-api").get(89).getAttribute("class")).isEqualTo("bar operational");
        say("status " + ref + " resolved Latency back to normal");
        assertThat(say("maintenance-complete " + running)).contains(running);
        assertThat(say("maintenance-cancel " + upcoming + " Test over")).contains(upcoming);
    }

    /** A window on the whole Platform group, named as a group in {@code components=}. */
    private String schedule(Instant start, Duration length, String title) {
        Instant from = start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Matcher matcher = MNT.matcher(say("maintenance " + from + " " + from.plus(length) + " " + title + " components=platform"));
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    private static String slug(String ref) {
        return ref.toLowerCase(java.util.Locale.ROOT);
    }

    /** The page's own viewport, exactly: a headless window's size includes what the browser itself takes. */
    private void viewport(int width, int height, boolean mobile) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private List<WebElement> bars(String component) {
        return browser.findElements(By.cssSelector("#component-" + component + " .bar"));
    }

    private void assertTipShown(WebElement bar, String text) {
        WebElement tip = bar.findElement(By.className("tip"));
        assertThat(tip.getRect().getWidth()).isGreaterThan(50);
        assertThat(tip.getText()).contains(text, " min", "Operational");
    }

    private long scrollWidth() {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
    }

    private String declare(String title) {
        Matcher matcher = REF.matcher(say("declare " + title + " severity=3"));
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    private String say(String text) {
        var reply = client.slashCommandAs("U0ADA", "C0UPTIME", text);
        assertThat(reply.statusCode()).as(text).isEqualTo(200);
        return reply.body();
    }

    /** The whole page, not the viewport: the maintenance sections lie below the fold. */
    @SuppressWarnings("unchecked")
    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        var size = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        var shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip",
                Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }
}
