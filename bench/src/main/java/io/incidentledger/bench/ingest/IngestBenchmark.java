package io.incidentledger.bench.ingest;

import io.incidentledger.bench.ack.IncidentChannels;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.LedgerDatabase;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.OpenLoop;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingest throughput: signed channel messages at {@code --rates} (per second, increasing) for {@code --step-seconds}
 * each, spread over {@code --channels} incidents, until a step breaks (p99 over 3 s, over 1% failed, or under 90% of
 * the asked rate acked). The figure is the best unbroken step's acked rate, cross-checked against the rows that
 * reached the event store. Reference: {@link RawInsertReference} in the same PostgreSQL.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        SlackClient slack = new SlackClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                url, args.text("secret", "local-signing-secret"));
        LedgerDatabase database = LedgerDatabase.from(args);
        Duration step = Duration.ofSeconds(args.number("step-seconds", 10));
        int inFlight = args.number("max-in-flight", 200);
        List<String> channels = IncidentChannels.declare(slack, "CBING" + System.currentTimeMillis() % 100000 + "X",
                args.number("channels", 20));

        String countSql = "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%ChatMessageRecorded'";
        Map<String, Object> steps = new LinkedHashMap<>();
        LoadOutcome best = null;
        long stored = 0;
        for (String rate : args.text("rates", "100,250,500,1000,2000,4000").split(",")) {
            int perSecond = Integer.parseInt(rate.trim());
            long before = database.count(countSql);
            LoadOutcome outcome = OpenLoop.run(perSecond, step, inFlight, (client, n) -> slack.message(
                    channels.get((int) (n % channels.size())), "U0BENCH", "ingest " + n + " db pool exhausted").statusCode() == 200);
            long appended = database.count(countSql) - before;
            steps.put(rate, Map.of("outcome", outcome, "appended", appended));
            System.out.printf("%5d/s asked: %.0f acked/s, %d stored, p50 %.1f ms, p99 %.1f ms, %d failed%n", perSecond,
                    outcome.okPerSecond(), appended, outcome.latency().p50(), outcome.latency().p99(), outcome.failed());
            boolean broken = outcome.latency().p99() > 3000 || outcome.failed() > outcome.ok() / 100
                    || outcome.okPerSecond() < 0.9 * perSecond;
            if (broken) {
                break;
            }
            best = outcome;
            stored = appended;
        }
        double raw = RawInsertReference.rowsPerSecond(database, args.number("raw-rows", 40000), 2, 100);
        double value = best == null ? 0 : best.okPerSecond();
        String notes = best == null ? "even the first step broke" : "best unbroken step; " + stored + " rows stored in it";
        ResultLog.from(args).write("ingest", new Figure("ingest msgs/s vs raw JDBC batch insert", value, "msg/s",
                "raw insert", raw, best == null ? Double.NaN : best.latency().p50(), best == null ? Double.NaN : best.latency().p99(),
                best == null ? Double.NaN : best.latency().max(), notes, Map.of("steps", steps, "rawRowsPerSecond", raw)));
    }
}
