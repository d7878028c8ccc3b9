package io.incidentledger.app.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium on the console at 127.0.0.1, signing in through the test's OIDC provider like a person does. */
public final class ConsoleBrowser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;

    public ConsoleBrowser(int port, Path profile, String size) throws Exception {
        Chromium.ensureInstalled();
        var options = new ChromeOptions().setBinary(Chromium.BINARY).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=" + size, "--user-data-dir=" + profile);
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Chromium.DRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        base = "http://127.0.0.1:" + port;
    }

    /** A phone's screen, as DevTools emulates it: headless windows are at least 500 px wide, phones are not. */
    public void emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String url(String path) {
        return base + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    /** From the console's sign-in page through the provider's form and back, as {@code user}. */
    public void signIn(String user) {
        open("/console");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/console/sign-in"));
        driver.findElement(By.linkText("Sign in with your organisation's account")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> driver.getCurrentUrl().contains("/login"));
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(OidcProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> driver.getCurrentUrl().startsWith(url("/console")));
    }

    /** axe-core's WCAG 2.x A and AA rules on the page as it stands: no violation at all. */
    public void assertAccessible() {
        assertAccessible(driver);
    }

    /** The same check on any page a test drives, the public status page included. */
    public static void assertAccessible(WebDriver driver) {
        Results results = new AxeBuilder().withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        assertThat(results.getViolations()).as(() -> driver.getCurrentUrl() + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    public void screenshot(Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
