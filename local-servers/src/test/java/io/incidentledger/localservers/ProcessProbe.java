package io.incidentledger.localservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Looks at live processes through /proc, which as root also shows nobody's Elasticsearch. */
final class ProcessProbe {

    private ProcessProbe() {
    }

    static List<Long> processesMentioning(Path dataDir) {
        String marker = dataDir.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(marker))
                .map(ProcessHandle::pid)
                .toList();
    }

    /** Resident memory of a process and of each descendant, e.g. "[120 MB, 480 MB]". */
    static List<String> treeRss(long pid) throws IOException {
        ProcessHandle root = ProcessHandle.of(pid).orElseThrow();
        List<String> sizes = new ArrayList<>();
        for (ProcessHandle process : Stream.concat(Stream.of(root), root.descendants()).toList()) {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    sizes.add(Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB");
                }
            }
        }
        return sizes;
    }
}
