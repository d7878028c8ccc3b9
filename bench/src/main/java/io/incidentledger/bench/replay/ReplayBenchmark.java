package io.incidentledger.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.ResultLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Replay rate: {@code POST /api/admin/replay}, polled to the end, events per second of the whole replay (event
 * store → new flight-recorder generation → folded views). Reference: {@link PlainConsumerReference} reading the
 * topic {@code incident-events} ({@code --kafka}) in the same run. Replays whatever the ledger holds: the figure
 * names the count.
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        // the admin API's token: the local profile's default unless LEDGER_ADMIN_TOKEN says otherwise
        String auth = "Bearer " + System.getenv().getOrDefault("LEDGER_ADMIN_TOKEN", "local-admin-token");
        int started = http.send(HttpRequest.newBuilder(URI.create(url + "/api/admin/replay")).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        if (started / 100 != 2) {
            throw new IllegalStateException("replay refused: " + started);
        }
        JsonNode progress;
        long deadline = System.nanoTime() + Duration.ofSeconds(args.number("timeout-seconds", 600)).toNanos();
        do {
            Thread.sleep(250);
            progress = json.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "/api/admin/replay"))
                            .header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } while ("running".equals(progress.path("state").asText()) && System.nanoTime() < deadline);
        if (!"done".equals(progress.path("state").asText())) {
            throw new IllegalStateException("replay did not finish: " + progress);
        }
        long events = progress.path("events").asLong();
        double seconds = Duration.between(Instant.parse(progress.path("startedAt").asText()),
                Instant.parse(progress.path("finishedAt").asText())).toMillis() / 1000.0;
        double[] plain = PlainConsumerReference.readAll(args.text("kafka", "127.0.0.1:9092"), args.text("topic", "incident-events"));
        ResultLog.from(args).write("replay", new Figure("replay events/s vs plain consumer decoding JSON", events / seconds, "events/s",
                "plain consumer + JSON decode", plain[0] / plain[1], Double.NaN, Double.NaN, Double.NaN,
                events + " events replayed in " + seconds + " s; consumer read " + (long) plain[0] + " records in "
                        + String.format("%.2f", plain[1]) + " s",
                Map.of("progress", progress, "consumerRecords", plain[0], "consumerSeconds", plain[1])));
    }
}
