package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.Chromium;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Swagger UI in headless Chromium, outside the local profile: the page opens for anyone but shows no API until its
 * Authorize button is given LEDGER_API_TOKEN; then it shows the document and Try it out reads with that token.
 */
@AppOnLocalServers
class SwaggerUiBrowserIT extends RunningApp {

    private static final Duration PAGE = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final By METRICS = By.cssSelector(".opblock-get .opblock-summary-path[data-path='/api/metrics']");

    @TempDir
    Path profile;
    ChromeDriver browser;

    @BeforeEach
    void setUp() throws Exception {
        browser = Chromium.open(Chromium.headless(profile, "1200,1400"));
    }

    @AfterEach
    void tearDown() {
        browser.quit();
    }

    @Test
    void aStrangerSeesOnlyTheAuthorizeButtonAndTheApiTokenOpensTheDocumentAndTryItOut() throws IOException {
        await().atMost(Duration.ofSeconds(90)).until(() -> client.getAsReader("/api/metrics").statusCode() == 200);
        browser.get("http://localhost:" + port + "/swagger-ui/index.html");
        await().atMost(PAGE).untilAsserted(() -> assertThat(text(".information-container")).contains("This document is closed"));
        assertThat(browser.findElements(By.cssSelector(".opblock"))).isEmpty();
        screenshot("swagger-ui-closed.png");

        click(".auth-wrapper .btn.authorize");
        apply("a-guess");
        await().atMost(PAGE).untilAsserted(() -> assertThat(text(".information-container")).contains("That token was refused"));
        assertThat(browser.findElements(By.cssSelector(".opblock"))).isEmpty();

        click(".auth-wrapper .btn.authorize");
        click(".modal-ux button[aria-label='Remove authorization']");
        apply(LedgerClient.API_TOKEN);
        await().atMost(PAGE).until(() -> !browser.findElements(METRICS).isEmpty());
        assertThat(text(".information-container")).contains("Incident ledger API").doesNotContain("closed");

        // openapi.properties turns Try it out on already: Execute is there as soon as the operation opens
        browser.findElement(METRICS).click();
        click(".opblock.is-open .execute");
        await().atMost(PAGE).untilAsserted(() ->
                assertThat(text(".opblock.is-open .live-responses-table tr.response .response-col_status")).startsWith("200"));
        screenshot("swagger-ui-authorized.png");
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Types the token into the open Authorize dialog's bearer field and applies it. */
    private void apply(String token) {
        click("#auth-bearer-value");
        browser.findElement(By.id("auth-bearer-value")).sendKeys(token);
        click(".modal-ux button[aria-label='Apply credentials']");
    }

    private void click(String css) {
        await().atMost(PAGE).until(() -> !browser.findElements(By.cssSelector(css)).isEmpty());
        browser.findElement(By.cssSelector(css)).click();
    }

    private String text(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
