package io.incidentledger.bench.footprint;

import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.ResultLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Footprint. With {@code --jar}: starts the embedded default in {@code --data-dir} on {@code --port}, times it to a
 * healthy {@code /actuator/health}, samples the PSS of its whole process tree while idle, and stops it. With
 * {@code --pid} (and its {@code --data-dir}): samples a running app's tree (run it beside a load, {@code --label under-load}).
 */
public final class FootprintBenchmark {

    private FootprintBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int samples = args.number("samples", 10);
        String label = args.text("label", "idle");
        if (args.text("jar", null) == null) {
            long pid = Long.parseLong(args.text("pid", "0"));
            // a dead app leaves orphans (its PostgreSQL) whose few MB would read as a footprint met
            if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
                throw new IllegalStateException("process " + pid + " is not running: no footprint to measure");
            }
            ResultLog.from(args).write("footprint-" + label, pss(pid, args.text("data-dir", null), samples, label));
            return;
        }
        int port = args.number("port", 18081);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dledger.local.elasticsearch-home=" + args.text("es-home", ""), "-jar", args.text("jar", ""),
                "--spring.profiles.active=local"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of(args.text("log", "/tmp/bench-footprint-app.log")).toFile());
        builder.environment().put("PORT", Integer.toString(port));
        String dataDir = args.text("data-dir", "/tmp/bench-footprint-data");
        builder.environment().put("LEDGER_DATA_DIR", dataDir);
        long started = System.nanoTime();
        Process app = builder.start();
        try {
            double readySeconds = awaitHealthy(app, "http://127.0.0.1:" + port + "/actuator/health");
            Figure ready = new Figure("time to ready (start to health UP)", readySeconds, "s", "goal", 30, Double.NaN,
                    Double.NaN, Double.NaN, "fresh data dir", Map.of());
            ResultLog.from(args).write("footprint-startup", ready, pss(app.pid(), dataDir, samples, "idle"));
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            System.out.printf("stopped after %.0f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static Figure pss(long pid, String dataDir, int samples, String label) throws InterruptedException {
        long peak = 0;
        Map<String, ProcessTreePss.Usage> atPeak = Map.of();
        for (int i = 0; i < samples; i++) {
            Map<String, ProcessTreePss.Usage> sample = ProcessTreePss.sample(pid, dataDir);
            if (ProcessTreePss.totalPssMb(sample) > peak) {
                peak = ProcessTreePss.totalPssMb(sample);
                atPeak = sample;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        return new Figure("total PSS " + label, peak, "MB", "goal", 2048, Double.NaN, Double.NaN, Double.NaN,
                atPeak.size() + " processes; peak of " + samples + " samples; RSS sum " + ProcessTreePss.totalRssMb(atPeak)
                        + " MB; " + biggest(atPeak), Map.of("processes", atPeak));
    }

    private static String biggest(Map<String, ProcessTreePss.Usage> sample) {
        StringBuilder text = new StringBuilder();
        sample.entrySet().stream().filter(e -> e.getValue().pssKb() >= 50 * 1024).forEach(e -> text.append(e.getKey())
                .append(' ').append(e.getValue().pssKb() / 1024).append(" MB, "));
        return text.toString();
    }

    private static double awaitHealthy(Process app, String url) throws Exception {
        long started = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() - started < 180_000_000_000L) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited with " + app.exitValue());
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IllegalStateException("not healthy within 180 s");
    }
}
