package io.incidentledger.bench.durable;

import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.localservers.LocalServerSettings;
import io.incidentledger.localservers.LocalServers;
import io.incidentledger.localservers.ServerEndpoints;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * The cost of durable commits: single-row insert commits from {@code --clients} closed-loop clients for
 * {@code --seconds} each, against the embedded default's PostgreSQL exactly as local-servers starts it (fsync and
 * synchronous_commit on, SCRAM), and against zonky's defaults that earlier versions ran ({@code -F},
 * synchronous_commit off, trust) as the reference. Both under {@code --data-dir}, on the same disk, in this run.
 */
public final class DurableCommitBenchmark {

    private DurableCommitBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path root = Path.of(args.text("data-dir", "/tmp/bench-durable")).toAbsolutePath();
        Duration step = Duration.ofSeconds(args.number("seconds", 10));
        int payload = args.number("payload-bytes", 300);
        List<Integer> clients = List.of(args.text("clients", "1,8").split(",")).stream()
                .map(String::trim).map(Integer::valueOf).toList();
        FileSystemUtils.deleteRecursively(root);
        Files.createDirectories(root);

        Duration warmup = Duration.ofSeconds(args.number("warmup-seconds", 1));
        Map<Integer, LoadOutcome> reference = measureReference(root.resolve("reference/postgres"),
                new Steps(payload, clients, step, warmup));
        Map<Integer, LoadOutcome> durable = measureDurable(root.resolve("durable"), new Steps(payload, clients, step, warmup));

        Figure[] figures = clients.stream().map(n -> figure(n, durable.get(n), reference.get(n))).toArray(Figure[]::new);
        ResultLog.from(args).write("durable-commits", figures);
        FileSystemUtils.deleteRecursively(root);
    }

    /** The same steps on both servers. */
    private record Steps(int payloadBytes, List<Integer> clients, Duration step, Duration warmup) {
    }

    private static Map<Integer, LoadOutcome> measureReference(Path dir, Steps steps) throws Exception {
        Files.createDirectories(dir);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            return measure("fsync off, async commit", new CommitLoad(old.getJdbcUrl("postgres", "postgres"),
                    "postgres", "", steps.payloadBytes()), steps);
        }
    }

    private static Map<Integer, LoadOutcome> measureDurable(Path dataDir, Steps steps) throws Exception {
        // Kafka and Elasticsearch URLs are given, so only PostgreSQL starts
        ServerEndpoints endpoints = LocalServers.start(new LocalServerSettings(null, null, null, "unused:9092",
                "http://unused:9200", dataDir, false, null));
        try {
            return measure("durable", new CommitLoad(endpoints.jdbcUrl(), endpoints.databaseUsername(),
                    endpoints.databasePassword(), steps.payloadBytes()), steps);
        } finally {
            LocalServers.stopAll();
        }
    }

    private static Map<Integer, LoadOutcome> measure(String label, CommitLoad load, Steps steps) throws Exception {
        load.createTable();
        // a short warm-up so neither side pays for the first WAL segment or the JIT in its figure
        if (!steps.warmup().isZero()) {
            load.run(steps.clients().get(0), steps.warmup());
        }
        Map<Integer, LoadOutcome> outcomes = new LinkedHashMap<>();
        for (int n : steps.clients()) {
            long before = load.rows();
            LoadOutcome outcome = load.run(n, steps.step());
            long stored = load.rows() - before;
            if (stored != outcome.ok()) {
                throw new IllegalStateException(label + ": " + outcome.ok() + " commits answered, " + stored + " rows stored");
            }
            outcomes.put(n, outcome);
            System.out.printf("%-24s %2d clients: %.0f commits/s, p50 %.2f ms, p99 %.2f ms, %d failed%n", label, n,
                    outcome.okPerSecond(), outcome.latency().p50(), outcome.latency().p99(), outcome.failed());
        }
        return outcomes;
    }

    private static Figure figure(int clients, LoadOutcome durable, LoadOutcome reference) {
        String notes = String.format(java.util.Locale.ROOT, "single-row insert commits, %d closed-loop client%s; reference"
                        + " p50 %.2f ms, p99 %.2f ms", clients, clients == 1 ? "" : "s", reference.latency().p50(),
                reference.latency().p99());
        return new Figure("durable commits/s, " + clients + " client" + (clients == 1 ? "" : "s"),
                durable.okPerSecond(), "commit/s", "fsync off, async commit", reference.okPerSecond(),
                durable.latency().p50(), durable.latency().p99(), durable.latency().max(), notes,
                Map.of("durable", durable, "reference", reference));
    }
}
