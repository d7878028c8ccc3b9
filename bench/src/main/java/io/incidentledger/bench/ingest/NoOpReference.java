package io.incidentledger.bench.ingest;

import io.incidentledger.bench.ack.IncidentChannels;
import io.incidentledger.bench.ack.NoOpSlackServer;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.ChildJvm;
import io.incidentledger.bench.support.ClosedLoop;
import io.incidentledger.bench.support.FreePort;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/** The same closed-loop channel messages against {@link NoOpSlackServer}: what the framework alone acks per second. */
final class NoOpReference {

    private NoOpReference() {
    }

    static LoadOutcome measure(Args args, HttpClient http, String secret, int clients, Duration duration) throws Exception {
        String given = args.text("noop-url", null);
        if (given != null) {
            return load(new SlackClient(http, given, secret), clients, duration);
        }
        int port = FreePort.find();
        try (ChildJvm noOp = ChildJvm.start(NoOpSlackServer.class, Files.createTempFile("noop-slack", ".log"),
                "--server.port=" + port, "--server.address=127.0.0.1")) {
            noOp.awaitAnswer("http://127.0.0.1:" + port + "/slack/events");
            return load(new SlackClient(http, "http://127.0.0.1:" + port, secret), clients, duration);
        }
    }

    private static LoadOutcome load(SlackClient slack, int clients, Duration duration) throws Exception {
        List<String> channels = IncidentChannels.declare(slack, "CBINGNOOP", 20);
        // a few seconds first, for the JIT, as the app has had its whole life
        ClosedLoop.run(clients, Duration.ofSeconds(Math.min(5, duration.toSeconds())), (client, n) -> slack.message(
                channels.get(client % channels.size()), "U0BENCH", "warm " + n).statusCode() == 200);
        return ClosedLoop.run(clients, duration, (client, n) -> slack.message(channels.get(client % channels.size()),
                "U0BENCH", "ingest " + client + "-" + n + " db pool exhausted").statusCode() == 200);
    }
}
