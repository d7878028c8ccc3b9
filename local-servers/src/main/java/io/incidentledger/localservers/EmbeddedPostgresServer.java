package io.incidentledger.localservers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** PostgreSQL 17 from zonky's binaries; the data directory is kept so the event store survives restarts. */
final class EmbeddedPostgresServer implements ManagedServer {

    static final String USERNAME = "postgres";
    static final String PASSWORD = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static EmbeddedPostgresServer start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            // a postmaster left by a JVM that was killed with -9 still holds the data dir
            StaleProcesses.killIfAlive(dataDir.resolve("postmaster.pid"), dataDir.toAbsolutePath().toString());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(FreePorts.find())
                    // our own hook stops it, after the application context has closed
                    .setRegisterShutdownHook(false)
                    .start();
            return new EmbeddedPostgresServer(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    @Override
    public String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Override
    public void stop() {
        Optional<ProcessHandle> postmaster = postmaster();
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.warn("PostgreSQL did not stop cleanly", e);
        }
        // pg_ctl returns once postmaster.pid is gone, a moment before the process itself has exited
        postmaster.ifPresent(process -> ProcessTrees.destroy(process, Duration.ofSeconds(10)));
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            String firstLine = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(firstLine));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
