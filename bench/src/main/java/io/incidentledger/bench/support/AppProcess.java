package io.incidentledger.bench.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The app from its jar in a child JVM, on the embedded default (local profile) in one data dir. */
public final class AppProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path dataDir;
    private final String url;

    private AppProcess(Process process, Path dataDir, String url) {
        this.process = process;
        this.dataDir = dataDir;
        this.url = url;
    }

    /** Starts it and waits until {@code /actuator/health} is UP; {@code environment} adds to the inherited one. */
    public static AppProcess start(Path jar, Path elasticsearchHome, Path dataDir, int port, Path log,
                                   Map<String, String> environment) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-Dledger.local.elasticsearch-home=" + elasticsearchHome,
                "-jar", jar.toString(), "--spring.profiles.active=local");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LEDGER_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        AppProcess app = new AppProcess(builder.start(), dataDir, "http://127.0.0.1:" + port);
        app.awaitHealthy();
        return app;
    }

    public String url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    /** The app's own descendants, plus the postmaster, which pg_ctl detached from it, and its backends. */
    public Set<ProcessHandle> serverProcesses() {
        Set<ProcessHandle> servers = new LinkedHashSet<>(process.toHandle().descendants().toList());
        postmaster().ifPresent(postmaster -> {
            servers.add(postmaster);
            servers.addAll(postmaster.descendants().toList());
        });
        return servers;
    }

    public Optional<ProcessHandle> postmaster() {
        try {
            String pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /** SIGKILL of the app JVM alone: the servers it started live on as orphans. */
    public List<ProcessHandle> killAppOnly() throws InterruptedException {
        List<ProcessHandle> orphans = new ArrayList<>(serverProcesses());
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return orphans;
    }

    /** SIGKILL of the app and every server process it started, one right after the other. */
    public int killWithServers() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(serverProcesses());
        all.add(0, process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().completeOnTimeout(handle, 30, TimeUnit.SECONDS).join();
        }
        return all.size();
    }

    /** SIGTERM: the app's shutdown hook stops its servers. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().startsWith("{\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("the app was not healthy within " + READY_TIMEOUT.toSeconds() + " s");
    }
}
