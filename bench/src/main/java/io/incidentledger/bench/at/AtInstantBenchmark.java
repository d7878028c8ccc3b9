package io.incidentledger.bench.at;

import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.Latencies;
import io.incidentledger.bench.support.LedgerDatabase;
import io.incidentledger.bench.support.ResultLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code ?at=} uncached: {@code --requests} (300) sequential GETs of each of {@code --paths} ({@code /} and
 * summary.json), each at an instant never asked before (a random second in the ledger's span, read from its event
 * store under {@code --data-dir}, or {@code --from}/{@code --to}), after {@code --warmup} (20) such requests. Each
 * path stops early after {@code --budget-seconds} (120): a slow {@code ?at=} still gives its figure, from fewer requests.
 */
public final class AtInstantBenchmark {

    private AtInstantBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        Instant[] span = span(args);
        long seconds = Math.max(1, Duration.between(span[0], span[1]).toSeconds());
        int requests = args.number("requests", 300);
        int warmup = args.number("warmup", 20);
        if (seconds < (long) (requests + warmup) * args.text("paths", "/,/api/v2/summary.json").split(",").length) {
            throw new IllegalArgumentException("the ledger spans " + seconds + " s: too few distinct instants for the requests");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(args.number("seed", 15));
        // one set across paths: a server caching per instant, whatever the document, never answers from its cache
        Set<Long> asked = new HashSet<>();
        List<Figure> figures = new ArrayList<>();
        for (String path : args.text("paths", "/,/api/v2/summary.json").split(",")) {
            Latencies latencies = new Latencies();
            int failed = 0;
            long stop = System.nanoTime() + Duration.ofSeconds(args.number("budget-seconds", 120)).toNanos();
            for (int n = 0; n < warmup + requests && System.nanoTime() < stop; n++) {
                long second;
                do {
                    second = (long) (random.nextDouble() * seconds);
                } while (!asked.add(second));
                String at = span[0].plusSeconds(second).toString();
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + path + "?at=" + at)).timeout(Duration.ofSeconds(30)).build();
                long started = System.nanoTime();
                int status;
                try {
                    status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                } catch (java.io.IOException timedOut) {
                    // counted at the time it took to give up: a request that never answers is the slowest of all
                    status = -1;
                }
                if (n >= warmup) {
                    latencies.record((System.nanoTime() - started) / 1000);
                    failed += status == 200 ? 0 : 1;
                }
            }
            Latencies.Summary s = latencies.summary();
            // a refused connection answers fast: latencies of failures are no figure of ?at=
            boolean answered = failed == 0;
            figures.add(new Figure("?at= " + path + " p99 uncached", answered ? s.p99() : Double.NaN, "ms", "goal", 50,
                    answered ? s.p50() : Double.NaN, answered ? s.p99() : Double.NaN, answered ? s.max() : Double.NaN,
                    s.count() + " distinct instants in " + span[0] + "–" + span[1] + ", sequential; " + failed + " not 200 in 30 s",
                    Map.of("latency", s, "failed", failed)));
        }
        ResultLog.from(args).write("at-instant", figures.toArray(Figure[]::new));
    }

    private static Instant[] span(Args args) throws Exception {
        if (args.text("from", null) != null) {
            return new Instant[] {Instant.parse(args.text("from", null)), Instant.parse(args.text("to", Instant.now().toString()))};
        }
        try (Connection c = LedgerDatabase.from(args).connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT min(timestamp), max(timestamp) FROM domainevententry")) {
            rs.next();
            return new Instant[] {Instant.parse(rs.getString(1)), Instant.parse(rs.getString(2))};
        }
    }
}
