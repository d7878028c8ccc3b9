package io.incidentledger.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/** Elasticsearch from the integ-test distribution, run as a child process. */
final class ElasticsearchServer implements ManagedServer {

    // 7-15 s on a quiet machine; over 100 s was seen on 2 cores shared by four builds
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final ElasticsearchLayout layout;
    private final String url;

    private ElasticsearchServer(Process process, ElasticsearchLayout layout, String url) {
        this.process = process;
        this.layout = layout;
        this.url = url;
    }

    static ElasticsearchServer start(Path configuredHome, Path dataDir) {
        Path home = ElasticsearchHome.resolve(configuredHome);
        ElasticsearchLayout layout = ElasticsearchLayout.under(dataDir);
        int httpPort = FreePorts.find();
        try {
            killLeftoversOf(layout);
            prepareDirectories(home, layout);
            Process process = launch(home, layout, httpPort).start();
            StaleProcesses.write(layout.launcherPidFile(), process.pid());
            ElasticsearchServer server = new ElasticsearchServer(process, layout, "http://127.0.0.1:" + httpPort);
            server.awaitHealthy();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not start in " + layout.root(), e);
        }
    }

    private static void killLeftoversOf(ElasticsearchLayout layout) {
        String marker = layout.root().toString();
        StaleProcesses.killIfAlive(layout.launcherPidFile(), marker);
        StaleProcesses.killIfAlive(layout.serverPidFile(), marker);
    }

    private static void prepareDirectories(Path home, ElasticsearchLayout layout) throws IOException {
        Files.createDirectories(layout.root());
        if (!Files.exists(layout.config())) {
            // ES writes its keystore into the config dir, so it gets a private copy
            FileSystemUtils.copyRecursively(home.resolve("config"), layout.config());
        }
        Files.createDirectories(layout.data());
        Files.createDirectories(layout.logs());
        FileSystemUtils.deleteRecursively(layout.tmp());
        Files.createDirectories(layout.tmp());
        UnprivilegedUser.giveOwnership(layout.root());
        if (UnprivilegedUser.jvmIsRoot()) {
            UnprivilegedUser.allowTraversal(layout.root().getParent());
            if (!UnprivilegedUser.canTraverse(layout.root())) {
                throw new IllegalStateException("Elasticsearch runs as uid " + UnprivilegedUser.UID
                        + " and cannot reach " + layout.root() + ": a parent directory lacks o+x");
            }
        }
    }

    private static ProcessBuilder launch(Path home, ElasticsearchLayout layout, int httpPort) {
        List<String> command = new ArrayList<>(UnprivilegedUser.commandPrefix());
        command.add(home.resolve("bin/elasticsearch").toString());
        command.addAll(List.of("-p", layout.serverPidFile().toString()));
        Map.of(
                "discovery.type", "single-node",
                "network.host", "127.0.0.1",
                "http.port", String.valueOf(httpPort),
                "transport.port", "0",
                "xpack.security.enabled", "false",
                "cluster.routing.allocation.disk.threshold_enabled", "false",
                "path.data", layout.data().toString(),
                "path.logs", layout.logs().toString())
                .forEach((key, value) -> command.add("-E" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(layout.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
        Map<String, String> env = builder.environment();
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JAVA_HOME");
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        // memory that counts in the footprint (PSS): the heap is touched as it is used, not all at start; two malloc
        // arenas instead of one per core and thread; the launcher, which only waits for the server, compiles with C1
        env.put("ES_JAVA_OPTS", "-Xms256m -Xmx256m -XX:-AlwaysPreTouch");
        env.put("CLI_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=16m");
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("ES_PATH_CONF", layout.config().toString());
        env.put("ES_TMPDIR", layout.tmp().toString());
        return builder;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // GET / answers 405 in this build; cluster health is the documented readiness probe
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("exited with code " + process.exitValue());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                sleepQuietly(Duration.ofMillis(250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("start interrupted");
            }
        }
        throw failure("not healthy after " + READY_TIMEOUT.toSeconds() + " s");
    }

    private IllegalStateException failure(String reason) {
        stop();
        return new IllegalStateException("Elasticsearch " + reason + "; see " + layout.consoleLog());
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public void stop() {
        ProcessTrees.destroy(process.toHandle(), STOP_GRACE);
        killLeftoversOf(layout);
    }
}
