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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * The append path's cost of the hash chain: {@code --clients} closed-loop writers, each appending one chat
 * message per commit to its own incident (as a command does), for {@code --seconds}, through Axon's JDBC store
 * with the chain, and without it as the reference, on the same durable embedded PostgreSQL, in this run; and the
 * chained store with the chat text sealed (envelope encryption, a message key per append), against the chained one.
 * The sides take turns at running first, {@code --rounds} times; every answered append is checked against the rows.
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
            List<ChainAppendLoad.Side> sides = List.of(ChainAppendLoad.Side.values());
            Map<ChainAppendLoad.Side, ChainAppendLoad> loads = new EnumMap<>(ChainAppendLoad.Side.class);
            Map<ChainAppendLoad.Side, LoadOutcome> best = new EnumMap<>(ChainAppendLoad.Side.class);
            for (ChainAppendLoad.Side side : sides) {
                var load = new ChainAppendLoad(postgres, side);
                load.run(clients, Duration.ofSeconds(1));
                loads.put(side, load);
            }
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < sides.size(); turn++) {
                    ChainAppendLoad.Side side = sides.get((round + turn) % sides.size());
                    best.merge(side, loads.get(side).run(clients, step), ChainAppendBenchmark::better);
                }
            }
            loads.values().forEach(ChainAppendLoad::checkEveryAppendIsStored);
            LoadOutcome withChain = best.get(ChainAppendLoad.Side.CHAINED);
            LoadOutcome without = best.get(ChainAppendLoad.Side.PLAIN);
            LoadOutcome sealed = best.get(ChainAppendLoad.Side.SEALED);
            System.out.printf(Locale.ROOT, "sealed %.0f appends/s (p99 %.2f ms), chained %.0f appends/s (p99 %.2f ms), "
                            + "plain %.0f appends/s (p99 %.2f ms)%n", sealed.okPerSecond(), sealed.latency().p99(),
                    withChain.okPerSecond(), withChain.latency().p99(), without.okPerSecond(), without.latency().p99());
            String how = "one event per commit, each client its own incident, best of %d rounds; reference p50 %.2f ms, p99 %.2f ms";
            ResultLog.from(args).write("chain-append", new Figure("appends/s with the hash chain, " + clients + " clients",
                            withChain.okPerSecond(), "append/s", "Axon's JDBC store without the chain", without.okPerSecond(),
                            withChain.latency().p50(), withChain.latency().p99(), withChain.latency().max(),
                            String.format(Locale.ROOT, how, rounds, without.latency().p50(), without.latency().p99()),
                            Map.of("chained", withChain, "plain", without)),
                    new Figure("appends/s with the chain and sealed chat text, " + clients + " clients",
                            sealed.okPerSecond(), "append/s", "the chained store without sealing", withChain.okPerSecond(),
                            sealed.latency().p50(), sealed.latency().p99(), sealed.latency().max(),
                            String.format(Locale.ROOT, how + "; a new message key per append", rounds,
                                    withChain.latency().p50(), withChain.latency().p99()),
                            Map.of("sealed", sealed, "chained", withChain)));
        } finally {
            LocalServers.stopAll();
            FileSystemUtils.deleteRecursively(root);
        }
    }

    private static LoadOutcome better(LoadOutcome best, LoadOutcome next) {
        return best == null || next.okPerSecond() > best.okPerSecond() ? next : best;
    }

}
