package io.incidentledger.bench.freshness;

import io.incidentledger.bench.ack.IncidentChannels;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.Latencies;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.OpenLoop;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Freshness: at each of {@code --rates} (100,1000 channel messages/s) for {@code --seconds} (20), a marker every
 * {@code --marker-ms} (500): a channel message that must show in {@code /api/search}, and a public {@code update}
 * that must show in {@code /api/v2/summary.json}. Measured from the marker's ack to the first poll that sees it.
 */
public final class FreshnessBenchmark {

    /** Poll interval of each probe: the resolution of the figure, and a load that stays small. */
    static final int POLL_MS = 50;

    private FreshnessBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        SlackClient slack = new SlackClient(http, url, args.text("secret", "local-signing-secret"));
        Duration duration = Duration.ofSeconds(args.number("seconds", 20));
        List<Figure> figures = new ArrayList<>();
        for (String rate : args.text("rates", "100,1000").split(",")) {
            int perSecond = Integer.parseInt(rate.trim());
            String prefix = "CBFR" + System.currentTimeMillis() % 100000 + "X";
            List<String> channels = IncidentChannels.declare(slack, prefix, args.number("channels", 20));
            String markerChannel = IncidentChannels.declare(slack, prefix + "M", 1).get(0);
            Latencies search = new Latencies();
            Latencies summary = new Latencies();
            AtomicInteger lost = new AtomicInteger();
            // enough threads that no search probe waits for one (a marker every 500 ms, 30 s at most each)
            ExecutorService probes = Executors.newFixedThreadPool(64);
            SharedPoller summaryPoller = new SharedPoller(http, url + "/api/v2/summary.json", POLL_MS);
            Thread markers = new Thread(() -> sendMarkers(slack, new VisibilityProbe(http, POLL_MS), url, markerChannel,
                    args.number("marker-ms", 500), duration, probes, summaryPoller, search, summary, lost));
            markers.start();
            LoadOutcome load = OpenLoop.run(perSecond, duration, 200, (client, n) -> slack.message(
                    channels.get((int) (n % channels.size())), "U0BENCH", "fresh " + n + " checkout errors").statusCode() == 200);
            markers.join();
            probes.shutdown();
            probes.awaitTermination(40, TimeUnit.SECONDS);
            summaryPoller.drain(Duration.ofSeconds(40));
            summaryPoller.close();
            String notes = "load " + perSecond + "/s asked, " + Math.round(load.okPerSecond()) + "/s acked, "
                    + load.failed() + " failed; " + lost.get() + " markers not visible within 30 s";
            figures.add(figure("freshness to /api/search at " + perSecond + "/s", search.summary(), notes, load));
            figures.add(figure("freshness to summary.json at " + perSecond + "/s", summary.summary(), notes, load));
        }
        ResultLog.from(args).write("freshness", figures.toArray(Figure[]::new));
    }

    private static Figure figure(String name, Latencies.Summary s, String notes, LoadOutcome load) {
        return new Figure(name, s.p99(), "ms p99", "goal", 1000, s.p50(), s.p99(), s.max(),
                s.count() + " markers; " + notes, Map.of("markers", s, "load", load));
    }

    private static void sendMarkers(SlackClient slack, VisibilityProbe probe, String url, String channel, int everyMs,
                                    Duration duration, ExecutorService probes, SharedPoller summaryPoller,
                                    Latencies search, Latencies summary, AtomicInteger lost) {
        long end = System.nanoTime() + duration.toNanos();
        try {
            for (long n = 0; System.nanoTime() < end; n++) {
                String marker = "mk" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                boolean publicUpdate = n % 2 == 1;
                int status = publicUpdate
                        ? slack.command(channel, "U0BENCH", "update " + marker).statusCode()
                        : slack.message(channel, "U0BENCH", "marker " + marker).statusCode();
                long acked = System.nanoTime();
                String target = url + "/api/search?q=" + marker;
                if (status == 200 && publicUpdate) {
                    summaryPoller.await(marker, acked, summary::record, lost::incrementAndGet);
                } else if (status == 200) {
                    probes.execute(() -> {
                        try {
                            long micros = probe.microsUntilVisible(target, marker, acked);
                            if (micros < 0) {
                                lost.incrementAndGet();
                            } else {
                                search.record(micros);
                            }
                        } catch (InterruptedException stopped) {
                            Thread.currentThread().interrupt();
                        }
                    });
                } else {
                    lost.incrementAndGet();
                }
                Thread.sleep(everyMs);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
