package io.incidentledger.app.testdata;

import com.sun.security.auth.module.UnixSystem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver for the browser tests. The README's test command must pass on a fresh machine,
 * so a missing browser is installed here, once per test JVM, through apt-get when the tests run as root; anyone
 * else is told in one sentence what to install. The browser test is never skipped.
 */
public final class Chromium {

    public static final File BINARY = new File("/usr/bin/chromium");
    public static final File DRIVER = new File("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    private static final Path LOG = Path.of("target", "chromium-install.log");

    private static boolean installed;

    private Chromium() {
    }

    /** Headless, sandbox and background work off, with its own profile: what every browser test starts with. */
    public static ChromeOptions headless(Path profile, String windowSize) {
        return new ChromeOptions().setBinary(BINARY).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=" + windowSize, "--user-data-dir=" + profile);
    }

    /** A browser with these options, driven through chromedriver on a free port; installed first where missing. */
    public static ChromeDriver open(ChromeOptions options) throws IOException, InterruptedException {
        ensureInstalled();
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    public static synchronized void ensureInstalled() throws IOException, InterruptedException {
        if (installed || present()) {
            installed = true;
            return;
        }
        if (new UnixSystem().getUid() != 0 || !new File("/usr/bin/apt-get").canExecute()) {
            throw new IllegalStateException("The browser test needs Chromium and chromedriver at " + BINARY + " and "
                    + DRIVER + ": install them as root with `" + INSTALL + "` (Debian), then run the tests again.");
        }
        System.out.println("Chromium is missing: installing it with apt-get, output in " + LOG.toAbsolutePath());
        Files.createDirectories(LOG.getParent());
        // another apt-get on the machine holds the dpkg lock for a while: wait for it rather than fail
        run("apt-get", "-o", "DPkg::Lock::Timeout=600", "update");
        run("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "chromium", "chromium-driver");
        if (!present()) {
            throw new IllegalStateException("`" + INSTALL + "` ran but " + BINARY + " or " + DRIVER
                    + " is still missing; see " + LOG.toAbsolutePath());
        }
        installed = true;
    }

    private static boolean present() {
        return BINARY.canExecute() && DRIVER.canExecute();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("`" + String.join(" ", command) + "` failed, so Chromium could not be "
                    + "installed; see " + LOG.toAbsolutePath());
        }
    }
}
