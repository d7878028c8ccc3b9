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
        FileSystemUtils.deleteRecursively(root);
        Files.createDirectories(root.resolve("reference-postgres"));

        LoadOutcome reference;
        try (EmbeddedPostgres fast = EmbeddedPostgres.builder().setDataDirectory(root.resolve("reference-postgres"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start()) {
            reference = load.against(AppProcess.start(jar, esHome, root.resolve("reference"), port,
                    root.resolve("reference.log"), Map.of("LEDGER_DB_URL", fast.getJdbcUrl("postgres", "postgres"),
                            "LEDGER_DB_USERNAME", "postgres", "LEDGER_DB_PASSWORD", "")));
        }
        LoadOutcome durable = load.against(AppProcess.start(jar, esHome, root.resolve("durable"), port,
                root.resolve("durable.log"), Map.of()));

        String notes = String.format(Locale.ROOT, "%d clients, %d s; reference p50/p99/max %.1f/%.1f/%.1f ms;"
                        + " failed %d (reference %d)", load.clients(), load.duration().toSeconds(),
                reference.latency().p50(), reference.latency().p99(), reference.latency().max(), durable.failed(),
                reference.failed());
        ResultLog.from(args).write("durable-ack", new Figure("app acks/s with durable commits", durable.okPerSecond(),
                "acks/s", "fsync off, async commit", reference.okPerSecond(), durable.latency().p50(),
                durable.latency().p99(), durable.latency().max(), notes, Map.of("durable", durable, "reference", reference)));
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
