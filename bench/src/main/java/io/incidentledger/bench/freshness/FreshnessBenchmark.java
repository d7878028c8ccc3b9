package io.incidentledger.bench.freshness;

import io.incidentledger.bench.ack.IncidentChannels;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Call;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.JitWarmup;
import io.incidentledger.bench.support.Latencies;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.OpenLoop;
import io.incidentledger.bench.support.PipelineLag;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Freshness, ack → visible: first {@code --warmup} (60) seconds of channel messages at the first of {@code --rates}
 * (300,1000 messages/s), and more in 10 s steps until the app's JIT has settled (at most {@code --jit-seconds},
 * 300: {@link JitWarmup}); then, at each rate, once Streams is RUNNING and every stage's lag is zero, that load for
 * {@code --seconds} (30) with a marker every {@code --marker-ms} (500): alternately a channel message that must
 * show in {@code /api/search} and a public {@code update} that must show in summary.json. Each URL has one shared
 * poller every 50 ms for all its markers, so the measurement's own load is small and fixed.
 */
public final class FreshnessBenchmark {

    /** Poll interval of each shared poller: the resolution of the figure. */
    static final int POLL_MS = 50;

    private FreshnessBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        SlackClient slack = new SlackClient(http, url, args.text("secret", "local-signing-secret"));
        Duration duration = Duration.ofSeconds(args.number("seconds", 30));
        String prefix = "CBFR" + System.currentTimeMillis() % 100000 + "X";
        List<String> channels = IncidentChannels.declare(slack, prefix, args.number("channels", 20));
        String[] rates = args.text("rates", "300,1000").split(",");
        Duration warmup = Duration.ofSeconds(args.number("warmup", 60));
        int warmupRate = Integer.parseInt(rates[0].trim());
        JitWarmup.Outcome jit = new JitWarmup.Outcome(0, java.util.OptionalDouble.empty());
        if (!warmup.isZero()) {
            OpenLoop.run(warmupRate, warmup, 500, load(slack, channels, "warm"));
            // then on, in steps, until the app's compiler is done: the figure is of a warm pipeline
            jit = new JitWarmup(http, url).run(step -> OpenLoop.run(warmupRate, step, 500, load(slack, channels, "warm")),
                    Duration.ofSeconds(10), Duration.ofSeconds(args.number("jit-seconds", 300)));
        }
        PipelineLag lag = new PipelineLag(http, url);
        List<Figure> figures = new ArrayList<>();
        for (String rate : rates) {
            int perSecond = Integer.parseInt(rate.trim());
            boolean caughtUp = lag.awaitCaughtUp(Duration.ofMinutes(3));
            String run = "fr" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            Markers markers = new Markers(slack, IncidentChannels.declare(slack, prefix + "M" + perSecond, 1).get(0), run);
            Latencies search = new Latencies();
            Latencies summary = new Latencies();
            AtomicInteger lost = new AtomicInteger();
            LoadOutcome load;
            try (SharedPoller searchPoller = new SharedPoller(http, url + "/api/search?sort=time&size=100&q=" + run, POLL_MS);
                 SharedPoller summaryPoller = new SharedPoller(http, url + "/api/v2/summary.json", POLL_MS)) {
                Thread sender = new Thread(() -> markers.send(args.number("marker-ms", 500), duration, searchPoller,
                        summaryPoller, search, summary, lost), "markers");
                sender.start();
                load = OpenLoop.run(perSecond, duration, 500, load(slack, channels, "fresh"));
                sender.join();
                searchPoller.drain(Duration.ofSeconds(40));
                summaryPoller.drain(Duration.ofSeconds(40));
            }
            String notes = (caughtUp ? "started with lag 0, Streams RUNNING" : "NOT caught up after 3 min") + "; "
                    + jit.note() + "; load "
                    + perSecond + "/s asked, " + Math.round(load.okPerSecond()) + "/s acked, " + load.failed() + " failed; "
                    + lost.get() + " markers not visible within 30 s";
            int goal = perSecond <= 300 ? 500 : 1000;
            figures.add(figure("freshness to /api/search at " + perSecond + "/s", goal, search.summary(), notes, load, lost.get()));
            figures.add(figure("freshness to summary.json at " + perSecond + "/s", goal, summary.summary(), notes, load, lost.get()));
        }
        ResultLog.from(args).write("freshness", figures.toArray(Figure[]::new));
    }

    private static Call load(SlackClient slack, List<String> channels, String word) {
        return (client, n) -> slack.message(channels.get((int) (n % channels.size())), "U0BENCH",
                word + " " + n + " checkout errors").statusCode() == 200;
    }

    private static Figure figure(String name, int goal, Latencies.Summary s, String notes, LoadOutcome load, int lost) {
        if (s.count() == 0) {
            // no latency was measured: a 0 ms p99 would read as the fastest figure of all
            return new Figure(name, Double.NaN, "ms p99", "goal", goal, Double.NaN, Double.NaN, Double.NaN,
                    "no marker visible; " + notes, Map.of("markers", s, "load", load, "lost", lost));
        }
        return new Figure(name, s.p99(), "ms p99", "goal", goal, s.p50(), s.p99(), s.max(),
                s.count() + " markers; " + notes, Map.of("markers", s, "load", load, "lost", lost));
    }
}
