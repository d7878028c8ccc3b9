package io.incidentledger.bench.statuspage;

import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.ClosedLoop;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.PipelineLag;
import io.incidentledger.bench.support.ResultLog;
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

/**
 * Status page throughput: {@code --clients} (16) closed-loop clients for {@code --seconds} (15) against {@code /}
 * and {@code /api/v2/summary.json}, then against the same bytes (fetched once, just before) served by nginx.
 * Both through the same Java client on the same cores, so the ratio is fair; the client itself caps both. It
 * starts once every stage's lag is zero (at most {@code --catch-up-seconds}, 180; 0 does not wait), so a backlog
 * left by an earlier load does not take the app's cores.
 */
public final class StatusPageBenchmark {

    private StatusPageBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        int clients = args.number("clients", 16);
        Duration duration = Duration.ofSeconds(args.number("seconds", 15));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // after the ingest load the views may still be catching up: the page is measured, not the backlog's cores
        int catchUp = args.number("catch-up-seconds", 180);
        String views = catchUp == 0 ? "; views' lag not waited for"
                : new PipelineLag(http, url).awaitCaughtUp(Duration.ofSeconds(catchUp)) ? ""
                : "; views NOT caught up after " + catchUp + " s";
        Path root = Files.createTempDirectory("bench-static");
        Map<String, String> pages = Map.of("/", "index.html", "/api/v2/summary.json", "summary.json");
        for (var page : pages.entrySet()) {
            Files.write(root.resolve(page.getValue()), http.send(HttpRequest.newBuilder(URI.create(url + page.getKey())).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body());
        }
        List<Figure> figures = new ArrayList<>();
        try (StaticServer reference = StaticServer.start(root)) {
            for (var page : pages.entrySet()) {
                LoadOutcome ours = load(http, url + page.getKey(), clients, duration);
                LoadOutcome theirs = load(http, reference.baseUrl() + "/" + page.getValue(), clients, duration);
                figures.add(new Figure("status page " + page.getKey() + " req/s vs " + reference.describe(), ours.okPerSecond(),
                        "req/s", reference.describe(), theirs.okPerSecond(), ours.latency().p50(), ours.latency().p99(),
                        ours.latency().max(), Files.size(root.resolve(page.getValue())) + " bytes, " + clients + " clients; reference p50/p99 "
                        + theirs.latency().p50() + "/" + theirs.latency().p99() + " ms; failed " + ours.failed() + "/" + theirs.failed()
                        + views,
                        Map.of("app", ours, "reference", theirs)));
            }
        }
        ResultLog.from(args).write("status-page", figures.toArray(Figure[]::new));
    }

    private static LoadOutcome load(HttpClient http, String url, int clients, Duration duration) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
        ClosedLoop.run(clients, Duration.ofSeconds(Math.min(3, duration.toSeconds())),
                (c, n) -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        // the first call is a warm-up, for the JIT of both the client and the server
        return ClosedLoop.run(clients, duration, (c, n) -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
