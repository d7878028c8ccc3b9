package io.incidentledger.bench;

import io.incidentledger.bench.ack.AckLatencyBenchmark;
import io.incidentledger.bench.footprint.FootprintBenchmark;
import io.incidentledger.bench.freshness.FreshnessBenchmark;
import io.incidentledger.bench.generate.LedgerGenerator;
import io.incidentledger.bench.ingest.IngestBenchmark;
import io.incidentledger.bench.jmh.MicroBenchmarks;
import io.incidentledger.bench.replay.ReplayBenchmark;
import io.incidentledger.bench.search.SearchBenchmark;
import io.incidentledger.bench.statuspage.StatusPageBenchmark;
import java.util.Arrays;
import java.util.Map;

/** {@code bench/run <benchmark> [--name value …]}: one entry point, so the script needs one main class. */
public final class BenchMain {

    private interface Entry {
        void main(String[] args) throws Exception;
    }

    private static final Map<String, Entry> BENCHMARKS = Map.of(
            "ack-latency", AckLatencyBenchmark::main,
            "ingest", IngestBenchmark::main,
            "freshness", FreshnessBenchmark::main,
            "replay", ReplayBenchmark::main,
            "search", SearchBenchmark::main,
            "status-page", StatusPageBenchmark::main,
            "footprint", FootprintBenchmark::main,
            "jmh", MicroBenchmarks::main,
            "generate", LedgerGenerator::main);

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
