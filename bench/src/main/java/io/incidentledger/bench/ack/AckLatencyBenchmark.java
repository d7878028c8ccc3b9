package io.incidentledger.bench.ack;

import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.ChildJvm;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.FreePort;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.OpenLoop;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Slack ack latency in an open loop: at each of {@code --rates} (300,1000 requests/s) for {@code --seconds} (30),
 * after {@code --warmup} (5) seconds at that rate, over {@code --channels} (50) incident channels, one slash
 * command ({@code note}) for every four channel messages. Latency counts from the scheduled send, so a server
 * that falls behind shows it. The same load, rate by rate, goes to {@link NoOpSlackServer} in its own JVM.
 */
public final class AckLatencyBenchmark {

    private AckLatencyBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        String secret = args.text("secret", "local-signing-secret");
        Load load = new Load(args.number("channels", 50), Duration.ofSeconds(args.number("seconds", 30)),
                Duration.ofSeconds(args.number("warmup", 5)), args.number("max-in-flight", 500));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        SlackClient app = new SlackClient(http, url, secret);
        List<Figure> figures = new ArrayList<>();
        int port = FreePort.find();
        try (ChildJvm noOp = ChildJvm.start(NoOpSlackServer.class, Files.createTempFile("noop-slack", ".log"),
                "--server.port=" + port, "--server.address=127.0.0.1")) {
            noOp.awaitAnswer("http://127.0.0.1:" + port + "/slack/events");
            SlackClient floor = new SlackClient(http, "http://127.0.0.1:" + port, secret);
            for (String rate : args.text("rates", "300,1000").split(",")) {
                int perSecond = Integer.parseInt(rate.trim());
                LoadOutcome ours = load.measure(app, perSecond);
                LoadOutcome theirs = load.measure(floor, perSecond);
                figures.addAll(figures(perSecond, load, ours, theirs));
            }
        }
        ResultLog.from(args).write("ack-latency", figures.toArray(Figure[]::new));
    }

    private static List<Figure> figures(int rate, Load load, LoadOutcome app, LoadOutcome floor) {
        Map<String, Object> details = Map.of("rate", rate, "seconds", load.duration().toSeconds(), "app", app, "floor", floor);
        String notes = "open loop " + rate + "/s, " + load.duration().toSeconds() + " s, " + app.ok() + " ok / " + app.failed()
                + " failed (no-op " + floor.ok() + " / " + floor.failed() + "); no-op p50/p99/max " + floor.latency().p50()
                + "/" + floor.latency().p99() + "/" + floor.latency().max() + " ms";
        return List.of(
                new Figure("ack latency p99 at " + rate + "/s vs no-op p99", app.latency().p99(), "ms", "no-op p99",
                        floor.latency().p99(), app.latency().p50(), app.latency().p99(), app.latency().max(), notes, details),
                new Figure("acks over 1 s at " + rate + "/s", app.latency().overSecond(), "requests",
                        "no-op over 1 s", floor.latency().overSecond(), app.latency().p50(),
                        app.latency().p99(), app.latency().max(), notes, details));
    }

    /** One rate's run: fresh incident channels, the warm-up, then the measured load, all at that rate. */
    private record Load(int channels, Duration duration, Duration warmup, int maxInFlight) {

        LoadOutcome measure(SlackClient slack, int perSecond) throws Exception {
            List<String> declared = IncidentChannels.declare(slack, "CBACK" + System.currentTimeMillis() % 100000 + "X", channels);
            SlackCall call = new SlackCall(slack, declared);
            if (!warmup.isZero()) {
                OpenLoop.run(perSecond, warmup, maxInFlight, call);
            }
            return OpenLoop.run(perSecond, duration, maxInFlight, call);
        }
    }
}
