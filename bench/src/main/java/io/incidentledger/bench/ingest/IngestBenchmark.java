package io.incidentledger.bench.ingest;

import io.incidentledger.bench.ack.IncidentChannels;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Call;
import io.incidentledger.bench.support.ClosedLoop;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.PipelineLag;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sustained chat ingest: {@code --clients} (64) closed-loop clients send signed channel messages for
 * {@code --seconds} (60) over {@code --channels} (20) incidents, as fast as the app acks them, while
 * {@link LagSampler} reads the views' lag every second. The views kept up when, once the load stops, the lag is
 * back to zero within {@code --drain-seconds} (5). Reference: the same clients against {@code NoOpSlackServer} for
 * {@code --reference-seconds} (20), in its own JVM or at {@code --noop-url}.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        String secret = args.text("secret", "local-signing-secret");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int clients = args.number("clients", 64);
        Duration duration = Duration.ofSeconds(args.number("seconds", 60));
        SlackClient slack = new SlackClient(http, url, secret);
        List<String> channels = IncidentChannels.declare(slack, "CBING" + System.currentTimeMillis() % 100000 + "X",
                args.number("channels", 20));
        PipelineLag lag = new PipelineLag(http, url);
        if (!lag.awaitCaughtUp(Duration.ofMinutes(3))) {
            System.out.println("the views were not caught up before the load: measuring anyway, from a backlog");
        }

        LoadOutcome app;
        LagSampler.Samples samples;
        try (LagSampler sampler = LagSampler.start(lag)) {
            app = ClosedLoop.run(clients, duration, messages(slack, channels));
            samples = sampler.stop();
        }
        double drained = LagSampler.secondsToDrain(lag, Duration.ofSeconds(120));
        boolean keptUp = drained >= 0 && drained <= args.number("drain-seconds", 5) && app.failed() <= app.ok() / 100;

        LoadOutcome floor = NoOpReference.measure(args, http, secret, clients, Duration.ofSeconds(args.number("reference-seconds", 20)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("keptUp", keptUp);
        details.put("drainSeconds", drained);
        details.put("lag", samples);
        details.put("app", app);
        details.put("noOp", floor);
        String notes = clients + " clients, " + duration.toSeconds() + " s, " + app.ok() + " ok / " + app.failed() + " failed; views "
                + (keptUp ? "kept up" : "fell behind") + ": lag max " + samples.max() + " (outbox " + samples.maxPublisher()
                + ", streams " + samples.maxStreams() + ", global " + samples.maxGlobal() + "), "
                + (drained < 0 ? "not drained in 120 s" : "drained " + String.format("%.1f", drained) + " s after the load")
                + "; no-op " + Math.round(floor.okPerSecond()) + "/s, " + floor.failed() + " failed";
        ResultLog.from(args).write("ingest", new Figure("ingest msgs/s sustained vs no-op endpoint", app.okPerSecond(), "msg/s",
                "no-op", floor.okPerSecond(), app.latency().p50(), app.latency().p99(), app.latency().max(), notes, details));
    }

    private static Call messages(SlackClient slack, List<String> channels) {
        return (client, n) -> slack.message(channels.get(client % channels.size()), "U0BENCH",
                "ingest " + client + "-" + n + " db pool exhausted").statusCode() == 200;
    }
}
