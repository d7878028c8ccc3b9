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
 * Resident memory of a process and every descendant, from /proc. PostgreSQL detaches from the app (pg_ctl
 * daemonises it), so the postmaster of the app's data dir counts too, with its children.
 */
final class ProcessTreeRss {

    private ProcessTreeRss() {
    }

    /** Megabytes by "pid name". */
    static Map<String, Long> sample(long root, String dataDir) {
        Map<String, Long> rss = new TreeMap<>();
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
        for (long pid : tree) {
            try {
                String name = "?";
                long kb = 0;
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("Name:")) {
                        name = line.substring(5).trim();
                    } else if (line.startsWith("VmRSS:")) {
                        kb = Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
                rss.put(pid + " " + name, kb / 1024);
            } catch (IOException gone) {
                // exited between listing and reading
            }
        }
        return rss;
    }

    static long total(Map<String, Long> sample) {
        return sample.values().stream().mapToLong(Long::longValue).sum();
    }
}
