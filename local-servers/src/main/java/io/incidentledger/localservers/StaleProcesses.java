package io.incidentledger.localservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Pid files let a new start clean up after a JVM that died without running its shutdown hook. */
final class StaleProcesses {

    private StaleProcesses() {
    }

    static void write(Path pidFile, long pid) throws IOException {
        Files.writeString(pidFile, Long.toString(pid));
    }

    /** Kills the process named in the pid file if it is alive and still looks like ours (pids get reused). */
    static void killIfAlive(Path pidFile, String commandLineMarker) {
        read(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains(commandLineMarker))
                .ifPresent(process -> ProcessTrees.destroy(process, Duration.ofSeconds(30)));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a leftover pid file is harmless: the marker check above guards against pid reuse
        }
    }

    private static Optional<Long> read(Path pidFile) {
        try {
            // PostgreSQL's postmaster.pid has more lines after the pid
            return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
