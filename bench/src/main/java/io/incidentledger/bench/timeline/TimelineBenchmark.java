package io.incidentledger.bench.timeline;

import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.Latencies;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The timeline of one big incident: declared in a fresh channel, filled with {@code --messages} (10,000) acked
 * channel messages by {@code --fill-clients} (8) closed-loop clients, then {@code --requests} (200) sequential GETs of its timeline once it shows the
 * last one; then {@code --appends} (50) times one more message and GETs until it shows, so a timeline cached by
 * last sequence must catch up every time. Every GET counts, p99 against the goal of 100 ms.
 */
public final class TimelineBenchmark {

    private TimelineBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        SlackClient slack = new SlackClient(http, url, args.text("secret", "local-signing-secret"));
        int messages = args.number("messages", 10_000);
        String run = "tl" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String channel = "CBTL" + System.currentTimeMillis() % 100000 + "X";
        TimelineReader timeline = new TimelineReader(http, url, args.text("api-token", null),
                TimelineReader.declare(slack, channel, "Bench timeline " + run));

        Fill filled = Fill.run(slack, channel, run, messages, args.number("fill-clients", 8), Duration.ofMinutes(10));
        // one incident's events stay in order through the pipeline: once this one shows, all before it do
        String last = run + " filled ";
        if (slack.message(channel, "U0BENCH", last + "now").statusCode() != 200) {
            throw new IllegalStateException("the last message was not acknowledged");
        }
        long visibleAfter = timeline.awaitText(last, Duration.ofMinutes(10), new Latencies());

        Latencies steady = new Latencies();
        for (int n = 0; n < args.number("requests", 200); n++) {
            timeline.read(steady);
        }
        Latencies afterAppend = new Latencies();
        Latencies catchUp = new Latencies();
        for (int n = 0; n < args.number("appends", 50); n++) {
            String marker = run + " append " + n + " ";
            if (slack.message(channel, "U0BENCH", marker + "db pool").statusCode() != 200) {
                throw new IllegalStateException("append " + n + " was not acknowledged");
            }
            long acked = System.nanoTime();
            timeline.awaitText(marker, Duration.ofSeconds(30), afterAppend);
            catchUp.record((System.nanoTime() - acked) / 1000);
        }
        String notes = filled.acked() + " messages acked in " + filled.seconds() + " s (" + filled.failed() + " failed), last visible " + visibleAfter
                + " ms after the load; " + timeline.lastBytes() + " bytes";
        Latencies.Summary s = steady.summary();
        Latencies.Summary a = afterAppend.summary();
        Latencies.Summary c = catchUp.summary();
        ResultLog.from(args).write("timeline",
                new Figure("timeline of a " + filled.acked() + "-message incident p99", s.p99(), "ms", "goal", 100, s.p50(), s.p99(),
                        s.max(), s.count() + " GETs; " + notes, Map.of("steady", s, "filled", filled)),
                new Figure("timeline GET after each append p99", a.p99(), "ms", "goal", 100, a.p50(), a.p99(), a.max(),
                        a.count() + " GETs over " + c.count() + " appends; ack → visible p50/p99 " + c.p50() + "/" + c.p99() + " ms",
                        Map.of("afterAppend", a, "catchUp", c)));
    }
}
