package io.incidentledger.bench.timeline;

import io.incidentledger.bench.support.Latencies;
import io.incidentledger.bench.support.SlackClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GETs of one incident's timeline, each timed; the ref comes from the declare command's reply. */
final class TimelineReader {

    private static final Pattern REF = Pattern.compile("INC-\\d+");

    private final HttpClient http;
    private final HttpRequest get;
    private long lastBytes;

    TimelineReader(HttpClient http, String url, String apiToken, String ref) {
        this.http = http;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url + "/api/incidents/" + ref + "/timeline"))
                .timeout(Duration.ofSeconds(30));
        if (apiToken != null) {
            builder.header("Authorization", "Bearer " + apiToken);
        }
        this.get = builder.build();
    }

    static String declare(SlackClient slack, String channel, String title) throws Exception {
        HttpResponse<String> answer = slack.command(channel, "U0BENCH", "declare " + title + " severity=4");
        Matcher ref = REF.matcher(answer.body());
        if (answer.statusCode() != 200 || !ref.find()) {
            throw new IllegalStateException("declare answered " + answer.statusCode() + ": " + answer.body());
        }
        return ref.group();
    }

    /** One timed GET; its body. */
    String read(Latencies latencies) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(get, HttpResponse.BodyHandlers.ofString());
        latencies.record((System.nanoTime() - started) / 1000);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("timeline answered " + answer.statusCode());
        }
        lastBytes = answer.body().length();
        return answer.body();
    }

    /** GETs (each timed into {@code latencies}) until the body holds {@code text}: the milliseconds that took. */
    long awaitText(String text, Duration limit, Latencies latencies) throws Exception {
        long started = System.nanoTime();
        while (!read(latencies).contains(text)) {
            if (System.nanoTime() - started > limit.toNanos()) {
                throw new IllegalStateException("the timeline did not show \"" + text + "\" within " + limit);
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    long lastBytes() {
        return lastBytes;
    }
}
