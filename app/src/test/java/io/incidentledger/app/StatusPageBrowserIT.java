package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.Chromium;
import io.incidentledger.app.testdata.ConsoleBrowser;
import io.incidentledger.app.testdata.OpenIncidents;
import io.incidentledger.app.testdata.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The live page in headless Chromium: green → red on declaration → green on resolve; a script update stays text. */
@AppOnLocalServers
class StatusPageBrowserIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    org.axonframework.commandhandling.gateway.CommandGateway commands;
    @TempDir
    Path profile;
    ChromeDriver browser;

    @BeforeEach
    void setUp() throws Exception {
        var options = Chromium.headless(profile, "1000,1100");
        // an alert must stay open for the test to see, not be dismissed behind its back
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        browser = Chromium.open(options);
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    @Test
    void thePageTurnsRedOnDeclarationAndGreenOnResolveAndAScriptUpdateIsShownAsText() throws Exception {
        OpenIncidents.closeAll(jdbc, commands, "Cleared for the browser test");
        awaitHeader("operational");
        assertThat(header().getText()).contains("All Systems Operational");
        screenshot("status-page-green.png");

        String ref = declare("Browser checkout outage");
        awaitHeader("outage");
        assertThat(header().getText()).contains("Ongoing incident", "Browser checkout outage");

        say(ref, "update " + ref + " <script>alert(1)</script> We are rolling back <https://example.com/runbook|the runbook>");
        await().atMost(VIEWS).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElement(By.id(ref.toLowerCase())).getText()).contains("<script>alert(1)</script>");
        });
        assertNoAlert();
        assertThat(browser.findElements(By.cssSelector("main script"))).isEmpty();
        assertThat(browser.findElement(By.linkText("the runbook")).getAttribute("href")).isEqualTo("https://example.com/runbook");
        screenshot("status-page-red.png");

        say(ref, "status " + ref + " resolved Rolled back, all good");
        awaitHeader("operational");
        assertThat(browser.findElement(By.cssSelector("section.past")).getText()).contains("Browser checkout outage");
        assertNoAlert();
        ConsoleBrowser.assertAccessible(browser);

        browser.findElement(By.cssSelector("footer")).findElement(By.linkText("Incident console")).click();
        await().atMost(VIEWS).until(() -> browser.getCurrentUrl().endsWith("/console/sign-in"));
        browser.findElement(By.linkText("status page")).click();
        await().atMost(VIEWS).until(() -> browser.findElements(By.cssSelector("header.status")).size() == 1);
    }

    private void awaitHeader(String tone) {
        // while the views start the page is the 503 one, with no header yet: that is a reason to wait, not to fail
        await().atMost(VIEWS).ignoreException(NoSuchElementException.class).untilAsserted(() -> {
            browser.get("http://localhost:" + port + "/");
            assertThat(header().getAttribute("class")).isEqualTo("status " + tone);
        });
    }

    private org.openqa.selenium.WebElement header() {
        return browser.findElement(By.cssSelector("header.status"));
    }

    private void assertNoAlert() {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("The page raised an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // the script was text, as it must be
        }
    }

    private String declare(String title) {
        var reply = client.slashCommandAs("U0ADA", "C0BROWSER", "declare " + title + " severity=2");
        assertThat(reply.statusCode()).isEqualTo(200);
        Matcher matcher = REF.matcher(reply.body());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        return matcher.group();
    }

    private void say(String ref, String text) {
        assertThat(client.slashCommandAs("U0ADA", "C0BROWSER", text).statusCode()).as(ref).isEqualTo(200);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
