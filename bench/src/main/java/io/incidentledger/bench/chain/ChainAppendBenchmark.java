package io.incidentledger.bench.chain;

import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.LoadOutcome;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.localservers.LocalServerSettings;
import io.incidentledger.localservers.LocalServers;
import io.incidentledger.localservers.ServerEndpoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * The append path's cost of the hash chain: {@code --clients} closed-loop writers, each appending one chat
 * message per commit to its own incident (as a command does), for {@code --seconds}, through Axon's JDBC store
 * with the chain, and without it as the reference, on the same durable embedded PostgreSQL, in this run. The two
 * sides alternate which runs first, {@code --rounds} times; every answered append is checked against the rows.
 */
public final class ChainAppendBenchmark {

    private ChainAppendBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path root = Path.of(args.text("data-dir", "/tmp/bench-chain")).toAbsolutePath();
        Duration step = Duration.ofSeconds(args.number("seconds", 10));
        int clients = args.number("clients", 4);
        int rounds = args.number("rounds", 2);
        FileSystemUtils.deleteRecursively(root);
        Files.createDirectories(root);
        ServerEndpoints postgres = LocalServers.start(new LocalServerSettings(null, null, null, "unused:9092",
                "http://unused:9200", root.resolve("postgres"), false, null));
        try {
            var chained = new ChainAppendLoad(postgres, true);
            var plain = new ChainAppendLoad(postgres, false);
            chained.run(clients, Duration.ofSeconds(1));
            plain.run(clients, Duration.ofSeconds(1));
            LoadOutcome withChain = null;
            LoadOutcome without = null;
            for (int round = 0; round < rounds; round++) {
                boolean chainFirst = round % 2 == 0;
                LoadOutcome a = (chainFirst ? chained : plain).run(clients, step);
                LoadOutcome b = (chainFirst ? plain : chained).run(clients, step);
                withChain = better(withChain, chainFirst ? a : b);
                without = better(without, chainFirst ? b : a);
            }
            chained.checkEveryAppendIsLinked();
            System.out.printf(Locale.ROOT, "chained %.0f appends/s (p99 %.2f ms), plain %.0f appends/s (p99 %.2f ms)%n",
                    withChain.okPerSecond(), withChain.latency().p99(), without.okPerSecond(), without.latency().p99());
            ResultLog.from(args).write("chain-append", new Figure("appends/s with the hash chain, " + clients + " clients",
                    withChain.okPerSecond(), "append/s", "Axon's JDBC store without the chain", without.okPerSecond(),
                    withChain.latency().p50(), withChain.latency().p99(), withChain.latency().max(),
                    String.format(Locale.ROOT, "one event per commit, each client its own incident, best of %d rounds; "
                            + "reference p50 %.2f ms, p99 %.2f ms", rounds, without.latency().p50(), without.latency().p99()),
                    Map.of("chained", withChain, "plain", without)));
        } finally {
            LocalServers.stopAll();
            FileSystemUtils.deleteRecursively(root);
        }
    }

    private static LoadOutcome better(LoadOutcome best, LoadOutcome next) {
        return best == null || next.okPerSecond() > best.okPerSecond() ? next : best;
    }

}
