package io.incidentledger.bench;

import io.incidentledger.bench.ack.AckLatencyBenchmark;
import io.incidentledger.bench.at.AtInstantBenchmark;
import io.incidentledger.bench.crash.CrashBenchmark;
import io.incidentledger.bench.chain.ChainAppendBenchmark;
import io.incidentledger.bench.durable.DurableAckBenchmark;
import io.incidentledger.bench.durable.DurableCommitBenchmark;
import io.incidentledger.bench.footprint.FootprintBenchmark;
import io.incidentledger.bench.freshness.FreshnessBenchmark;
import io.incidentledger.bench.generate.LedgerGenerator;
import io.incidentledger.bench.ingest.IngestBenchmark;
import io.incidentledger.bench.jmh.MicroBenchmarks;
import io.incidentledger.bench.replay.ReplayBenchmark;
import io.incidentledger.bench.round.RoundReport;
import io.incidentledger.bench.search.SearchBenchmark;
import io.incidentledger.bench.statuspage.StatusPageBenchmark;
import io.incidentledger.bench.timeline.TimelineBenchmark;
import java.util.Arrays;
import java.util.Map;

/** {@code bench/run <benchmark> [--name value …]}: one entry point, so the script needs one main class. */
public final class BenchMain {

    private interface Entry {
        void main(String[] args) throws Exception;
    }

    private static final Map<String, Entry> BENCHMARKS = Map.ofEntries(
            Map.entry("ack-latency", AckLatencyBenchmark::main),
            Map.entry("ingest", IngestBenchmark::main),
            Map.entry("freshness", FreshnessBenchmark::main),
            Map.entry("replay", ReplayBenchmark::main),
            Map.entry("search", SearchBenchmark::main),
            Map.entry("status-page", StatusPageBenchmark::main),
            Map.entry("footprint", FootprintBenchmark::main),
            Map.entry("jmh", MicroBenchmarks::main),
            Map.entry("generate", LedgerGenerator::main),
            Map.entry("durable-commits", DurableCommitBenchmark::main),
            Map.entry("chain-append", ChainAppendBenchmark::main),
            Map.entry("durable-ack", DurableAckBenchmark::main),
            Map.entry("crash", CrashBenchmark::main),
            Map.entry("at-instant", AtInstantBenchmark::main),
            Map.entry("timeline", TimelineBenchmark::main),
            Map.entry("round", RoundReport::main));

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Entry entry = args.length == 0 ? null : BENCHMARKS.get(args[0]);
        if (entry == null) {
            System.err.println("usage: bench/run <" + String.join("|", new java.util.TreeSet<>(BENCHMARKS.keySet())) + "> [--name value …]");
            System.exit(2);
        }
        entry.main(Arrays.copyOfRange(args, 1, args.length));
        // the HTTP and Kafka clients leave non-daemon threads behind; a driver is done when its figures are written
        System.exit(0);
    }
}
