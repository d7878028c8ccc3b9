package io.incidentledger.bench.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.Latencies;
import io.incidentledger.bench.support.ResultLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Search latency: {@code --rounds} (200) of a fixed mix (one word, several words, a platform filter sorted by time,
 * a kind filter; every query also asks for the three facets), one at a time, through {@code GET /api/search} and, interleaved, the same request body
 * straight to Elasticsearch ({@code --es-url}), whose {@code took} is the reference.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        String es = args.text("es-url", "http://127.0.0.1:9200");
        String index = args.text("index", "flight-recorder");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper json = new ObjectMapper();
        List<SearchQuery> mix = List.of(SearchQuery.term("checkout"), SearchQuery.words("db pool exhausted"),
                SearchQuery.filtered("pool", args.text("platform", "slack")),
                SearchQuery.byKind("exhausted", "chat_message_recorded"));
        Latencies app = new Latencies();
        Latencies direct = new Latencies();
        Latencies took = new Latencies();
        int rounds = args.number("rounds", 200);
        for (int round = -args.number("warmup-rounds", 20); round < rounds; round++) {
            for (SearchQuery query : mix) {
                long t0 = System.nanoTime();
                HttpResponse<String> ours = http.send(HttpRequest.newBuilder(URI.create(url + "/api/search?" + query.apiParameters()))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                HttpResponse<String> theirs = http.send(HttpRequest.newBuilder(URI.create(es + "/" + index + "/_search"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(query.elasticsearchBody())).build(), HttpResponse.BodyHandlers.ofString());
                long t2 = System.nanoTime();
                if (ours.statusCode() != 200 || theirs.statusCode() != 200) {
                    throw new IllegalStateException(query.name() + ": app " + ours.statusCode() + ", es " + theirs.statusCode()
                            + " " + ours.body().substring(0, Math.min(300, ours.body().length())));
                }
                if (round >= 0) {
                    app.record((t1 - t0) / 1000);
                    direct.record((t2 - t1) / 1000);
                    took.record(json.readTree(theirs.body()).path("took").asLong() * 1000);
                }
            }
        }
        long documents = json.readTree(http.send(HttpRequest.newBuilder(URI.create(es + "/" + index + "/_count")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("count").asLong();
        var a = app.summary();
        var d = direct.summary();
        var t = took.summary();
        String notes = documents + " documents; " + a.count() + " queries; ES took p50/p99 " + t.p50() + "/" + t.p99()
                + " ms; direct ES round trip p50/p99 " + d.p50() + "/" + d.p99() + " ms; overhead p99 over took "
                + String.format("%.1f", a.p99() - t.p99()) + " ms";
        ResultLog.from(args).write("search",
                new Figure("search latency p99 vs ES took p99", a.p99(), "ms", "ES took p99", t.p99(), a.p50(), a.p99(), a.max(), notes,
                        Map.of("documents", documents, "app", a, "direct", d, "took", t)),
                new Figure("search latency p99 vs direct ES round trip p99", a.p99(), "ms", "direct p99", d.p99(), a.p50(), a.p99(),
                        a.max(), "same queries, same client, interleaved", Map.of()));
    }
}
