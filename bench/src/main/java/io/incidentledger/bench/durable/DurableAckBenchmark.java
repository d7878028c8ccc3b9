package io.incidentledger.bench.durable;

import io.incidentledger.bench.ack.IncidentChannels;
import io.incidentledger.bench.ack.SlackCall;
import io.incidentledger.bench.support.AppProcess;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.ClosedLoop;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.bench.support.SlackClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * What durable commits cost the app: the app from {@code --jar} (local profile) under the ack-latency load
 * ({@code --clients} incident channels, a {@code note} every fifth request), once on its own embedded PostgreSQL
 * (durable) and once with {@code LEDGER_DB_URL} pointing at a PostgreSQL with zonky's defaults (fsync off,
 * asynchronous commit), which the embedded default ran before. Kafka and Elasticsearch are embedded both times.
 */
public final class DurableAckBenchmark {

    private DurableAckBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path root = Path.of(args.text("data-dir", "/tmp/bench-durable-ack")).toAbsolutePath();
        Path jar = Path.of(args.text("jar", "app/target/incident-ledger-app.jar"));
        Path esHome = Path.of(args.text("es-home", "app/target/elasticsearch/elasticsearch-8.19.21")).toAbsolutePath();
        int port = args.number("port", 18091);
        Load load = new Load(args.number("clients", 8), Duration.ofSeconds(args.number("seconds", 20)),
                Duration.ofSeconds(args.number("warmup", 5)));
        int rounds = args.number("rounds", 2);
        FileSystemUtils.deleteRecursively(root);
        Figure[] figures = new Figure[rounds];
        for (int r = 0; r < rounds; r++) {
            // reference first, then durable first: a machine whose load drifts favours neither side
            Path dir = root.resolve("round-" + (r + 1));
            boolean referenceFirst = r % 2 == 0;
            LoadOutcome first = referenceFirst ? reference(jar, esHome, dir, port, load) : durable(jar, esHome, dir, port, load);
            LoadOutcome second = referenceFirst ? durable(jar, esHome, dir, port, load) : reference(jar, esHome, dir, port, load);
            figures[r] = figure(load, referenceFirst ? second : first, referenceFirst ? first : second,
                    "round " + (r + 1) + (referenceFirst ? ", reference first" : ", durable first"));
        }
        ResultLog.from(args).write("durable-ack", figures);
        FileSystemUtils.deleteRecursively(root);
    }

    private static LoadOutcome reference(Path jar, Path esHome, Path dir, int port, Load load) throws Exception {
        Files.createDirectories(dir.resolve("reference-postgres"));
        try (EmbeddedPostgres fast = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("reference-postgres"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start()) {
            return load.against(AppProcess.start(jar, esHome, dir.resolve("reference"), port, dir.resolve("reference.log"),
                    Map.of("LEDGER_DB_URL", fast.getJdbcUrl("postgres", "postgres"), "LEDGER_DB_USERNAME", "postgres",
                            "LEDGER_DB_PASSWORD", "")));
        }
    }

    private static LoadOutcome durable(Path jar, Path esHome, Path dir, int port, Load load) throws Exception {
        Files.createDirectories(dir);
        return load.against(AppProcess.start(jar, esHome, dir.resolve("durable"), port, dir.resolve("durable.log"), Map.of()));
    }

    private static Figure figure(Load load, LoadOutcome durable, LoadOutcome reference, String round) {
        String notes = String.format(Locale.ROOT, "%s; %d clients, %d s; reference p50/p99/max %.1f/%.1f/%.1f ms;"
                        + " failed %d (reference %d)", round, load.clients(), load.duration().toSeconds(),
                reference.latency().p50(), reference.latency().p99(), reference.latency().max(), durable.failed(),
                reference.failed());
        return new Figure("app acks/s with durable commits", durable.okPerSecond(), "acks/s", "fsync off, async commit",
                reference.okPerSecond(), durable.latency().p50(), durable.latency().p99(), durable.latency().max(), notes,
                Map.of("durable", durable, "reference", reference));
    }

    /** The ack-latency load, on a freshly started app that is stopped afterwards. */
    private record Load(int clients, Duration duration, Duration warmup) {

        LoadOutcome against(AppProcess app) throws Exception {
            try {
                SlackClient slack = new SlackClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                        app.url(), "local-signing-secret");
                var channels = IncidentChannels.declare(slack, "CDURA" + System.currentTimeMillis() % 100000 + "X", clients);
                ClosedLoop.run(clients, warmup, new SlackCall(slack, channels));
                LoadOutcome outcome = ClosedLoop.run(clients, duration, new SlackCall(slack, channels));
                System.out.printf("%.0f acks/s, p50 %.1f ms, p99 %.1f ms, %d failed%n", outcome.okPerSecond(),
                        outcome.latency().p50(), outcome.latency().p99(), outcome.failed());
                return outcome;
            } finally {
                app.stop();
            }
        }
    }
}
