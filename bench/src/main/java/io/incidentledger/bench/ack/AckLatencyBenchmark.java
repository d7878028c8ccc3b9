package io.incidentledger.bench.ack;

import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.ChildJvm;
import io.incidentledger.bench.support.ClosedLoop;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.FreePort;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Slack ack latency: {@code --clients} (50) closed-loop clients for {@code --seconds} (30), each in its own
 * incident channel, sending one slash command ({@code note}) for every four channel messages. The same load then
 * goes to {@link NoOpSlackServer} in its own JVM: the framework floor. Slack's deadline is 3,000 ms.
 */
public final class AckLatencyBenchmark {

    private AckLatencyBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = args.text("url", "http://127.0.0.1:8080");
        String secret = args.text("secret", "local-signing-secret");
        int clients = args.number("clients", 50);
        Duration duration = Duration.ofSeconds(args.number("seconds", 30));
        Duration warmup = Duration.ofSeconds(args.number("warmup", 5));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        LoadOutcome app = measure(new SlackClient(http, url, secret), clients, duration, warmup);
        int port = FreePort.find();
        LoadOutcome floor;
        try (ChildJvm noOp = ChildJvm.start(NoOpSlackServer.class, Files.createTempFile("noop-slack", ".log"),
                "--server.port=" + port, "--server.address=127.0.0.1")) {
            noOp.awaitAnswer("http://127.0.0.1:" + port + "/slack/events");
            floor = measure(new SlackClient(http, "http://127.0.0.1:" + port, secret), clients, duration, warmup);
        }
        Map<String, Object> details = Map.of("clients", clients, "seconds", duration.toSeconds(), "app", app, "floor", floor);
        String notes = clients + " clients, " + duration.toSeconds() + " s, " + app.ok() + " ok / " + app.failed()
                + " failed, " + Math.round(app.okPerSecond()) + " acks/s (floor " + Math.round(floor.okPerSecond()) + "/s)";
        ResultLog.from(args).write("ack-latency",
                new Figure("ack latency p99 vs no-op floor p99", app.latency().p99(), "ms", "floor p99", floor.latency().p99(),
                        app.latency().p50(), app.latency().p99(), app.latency().max(), notes, details),
                new Figure("ack latency max vs Slack deadline", app.latency().max(), "ms", "Slack deadline", 3000,
                        app.latency().p50(), app.latency().p99(), app.latency().max(), "floor p50/p99/max "
                        + floor.latency().p50() + "/" + floor.latency().p99() + "/" + floor.latency().max() + " ms", details));
    }

    private static LoadOutcome measure(SlackClient slack, int clients, Duration duration, Duration warmup) throws Exception {
        List<String> channels = IncidentChannels.declare(slack, "CBACK" + System.currentTimeMillis() % 100000 + "X", clients);
        SlackCall call = new SlackCall(slack, channels);
        if (!warmup.isZero()) {
            ClosedLoop.run(clients, warmup, call);
        }
        return ClosedLoop.run(clients, duration, call);
    }
}
