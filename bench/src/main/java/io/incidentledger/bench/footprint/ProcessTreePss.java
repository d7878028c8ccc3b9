package io.incidentledger.bench.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proportional memory (PSS, from {@code /proc/<pid>/smaps_rollup}) of a process and every descendant. PSS splits
 * each shared page among the processes that map it, so PostgreSQL's shared buffers count once across its
 * backends, where an RSS sum counts them once per backend. PostgreSQL detaches from the app (pg_ctl daemonises
 * it), so the postmaster of the app's data dir counts too, with its children.
 */
final class ProcessTreePss {

    /** Kilobytes of one process. */
    record Usage(long pssKb, long rssKb) {
    }

    private ProcessTreePss() {
    }

    /** By "pid name". */
    static Map<String, Usage> sample(long root, String dataDir) {
        Set<Long> tree = new TreeSet<>(List.of(root));
        ProcessHandle.of(root).ifPresent(p -> p.descendants().forEach(d -> tree.add(d.pid())));
        if (dataDir != null) {
            String postmaster = "-D " + Path.of(dataDir, "postgres");
            ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(postmaster))
                    .forEach(p -> {
                        tree.add(p.pid());
                        p.descendants().forEach(d -> tree.add(d.pid()));
                    });
        }
        Map<String, Usage> usage = new TreeMap<>();
        for (long pid : tree) {
            try {
                Path proc = Path.of("/proc", Long.toString(pid));
                String name = Files.readString(proc.resolve("comm")).trim();
                usage.put(pid + " " + name, new Usage(field(proc, "Pss:"), field(proc, "Rss:")));
            } catch (IOException gone) {
                // exited between listing and reading
            }
        }
        return usage;
    }

    static long totalPssMb(Map<String, Usage> sample) {
        return sample.values().stream().mapToLong(Usage::pssKb).sum() / 1024;
    }

    static long totalRssMb(Map<String, Usage> sample) {
        return sample.values().stream().mapToLong(Usage::rssKb).sum() / 1024;
    }

    private static long field(Path proc, String name) throws IOException {
        for (String line : Files.readAllLines(proc.resolve("smaps_rollup"))) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no " + name + " in " + proc + "/smaps_rollup");
    }
}
