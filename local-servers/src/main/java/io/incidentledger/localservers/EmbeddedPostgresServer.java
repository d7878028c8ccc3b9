package io.incidentledger.localservers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 from zonky's binaries, configured as a durable server: the data directory is kept, and what it
 * acknowledges has reached the disk.
 */
final class EmbeddedPostgresServer implements ManagedServer {

    static final String USERNAME = "postgres";

    /**
     * zonky starts {@code postgres -F} (fsync off) with {@code synchronous_commit=off}. Its {@code -F} is hard-wired
     * before these {@code -c} options on the same command line, and of two settings from the command line the later
     * one wins, so {@code fsync=on} here overrides it.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "listen_addresses", "127.0.0.1",
            // no Unix socket: every connection goes through 127.0.0.1 and its password rule
            "unix_socket_directories", "",
            "password_encryption", "scram-sha-256");

    /**
     * The embedded default shares a small machine with the app and Elasticsearch. Its hot pages are the tails of the
     * event store's table and indexes; the rest are read through the kernel's page cache, which the kernel can reclaim.
     * Each backend maps every shared buffer it touches, so 128 MB (initdb's default) came to half of PostgreSQL's
     * 200 MB of PSS under the ingest load.
     */
    static final Map<String, String> SMALL = Map.of("shared_buffers", "32MB");

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, String password) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.password = password;
    }

    static EmbeddedPostgresServer start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            // a postmaster left by a JVM that was killed with -9 still holds the data dir
            StaleProcesses.killIfAlive(dataDir.resolve("postmaster.pid"), dataDir.toAbsolutePath().toString());
            String password = PostgresPassword.readOrGenerate(dataDir);
            // zonky runs the customizer inside its constructor, between initdb and the postmaster's start
            boolean[] bootstrap = new boolean[1];
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(FreePorts.find())
                    // zonky waits 10 s; after a crash PostgreSQL first replays its WAL, on a busy machine for longer
                    .setPGStartupWait(STARTUP_TIMEOUT)
                    // zonky's own readiness probe connects as the superuser
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(dir -> bootstrap[0] = prepareAccess(dir.toPath(), password))
                    // our own hook stops it, after the application context has closed
                    .setRegisterShutdownHook(false);
            DURABLE.forEach(builder::setServerConfig);
            SMALL.forEach(builder::setServerConfig);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start(), dataDir, password);
            if (bootstrap[0]) {
                server.setPassword();
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    private static boolean prepareAccess(Path dataDir, String password) {
        try {
            return PostgresAccess.prepare(dataDir, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the access rules of " + dataDir, e);
        }
    }

    private void setPassword() {
        try {
            PostgresAccess.requirePassword(dataDir, url(), USERNAME, password);
            log.info("PostgreSQL in {} now requires the password stored in {}", dataDir, PostgresPassword.file(dataDir));
        } catch (IOException | SQLException | RuntimeException e) {
            stop();
            throw new IllegalStateException("Could not set the password of PostgreSQL in " + dataDir, e);
        }
    }

    @Override
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    String password() {
        return password;
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
