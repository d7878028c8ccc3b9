package io.incidentledger.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The JVM-wide servers: one PostgreSQL, one Kafka, one Elasticsearch at most, shared by every Spring
 * context in the JVM. Each is started only when its URL is not configured.
 */
public final class LocalServers {

    private static final Logger log = LoggerFactory.getLogger(LocalServers.class);

    private static EmbeddedPostgresServer postgres;
    private static ManagedServer kafka;
    private static ElasticsearchServer elasticsearch;
    private static Path ephemeralDataDir;

    private LocalServers() {
    }

    /** Starts whatever is missing (idempotent) and returns the endpoints to use. */
    public static ServerEndpoints start(LocalServerSettings settings) {
        return start(settings, log::info);
    }

    /**
     * As {@link #start(LocalServerSettings)}, reporting one line per started server to {@code report}: Spring
     * Boot mutes logging until it is configured, so its post-processor passes a deferred log here.
     */
    public static synchronized ServerEndpoints start(LocalServerSettings settings, Consumer<String> report) {
        if (settings.needsAnyServer()) {
            startMissing(settings, report);
        }
        return new ServerEndpoints(
                settings.needsPostgres() ? postgres.url() : settings.databaseUrl(),
                settings.needsPostgres() ? EmbeddedPostgresServer.USERNAME : settings.databaseUsername(),
                settings.needsPostgres() ? postgres.password() : settings.databasePassword(),
                settings.needsKafka() ? kafka.url() : settings.kafkaBootstrapServers(),
                settings.needsElasticsearch() ? elasticsearch.url() : settings.elasticsearchUrl());
    }

    /** Stops Kafka, then Elasticsearch, then PostgreSQL; safe to call more than once. */
    public static synchronized void stopAll() {
        try {
            stopQuietly(kafka);
            stopQuietly(elasticsearch);
            stopQuietly(postgres);
        } finally {
            kafka = null;
            elasticsearch = null;
            postgres = null;
            deleteEphemeralDataDir();
        }
    }

    public static synchronized boolean anyRunning() {
        return postgres != null || kafka != null || elasticsearch != null;
    }

    /** The temp dir of ephemeral mode while its servers run; null otherwise. */
    static synchronized Path currentEphemeralDataDir() {
        return ephemeralDataDir;
    }

    /** Pid of the Elasticsearch launcher process, when this JVM runs one. */
    public static synchronized OptionalLong elasticsearchPid() {
        return elasticsearch == null ? OptionalLong.empty() : OptionalLong.of(elasticsearch.pid());
    }

    private static void startMissing(LocalServerSettings settings, Consumer<String> report) {
        ShutdownCoordinator.installHook();
        Path dataDir = settings.ephemeral() ? ephemeralDataDir() : settings.dataDir();
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            // Elasticsearch takes longest, so all three start side by side
            CompletableFuture<ElasticsearchServer> es = settings.needsElasticsearch() && elasticsearch == null
                    ? timed("Elasticsearch", () -> ElasticsearchServer.start(
                            requireElasticsearchHome(settings), dataDir), executor, report)
                    : null;
            CompletableFuture<EmbeddedPostgresServer> pg = settings.needsPostgres() && postgres == null
                    ? timed("PostgreSQL", () -> EmbeddedPostgresServer.start(dataDir.resolve("postgres")), executor, report)
                    : null;
            CompletableFuture<ManagedServer> kf = settings.needsKafka() && kafka == null
                    ? timed("Kafka", () -> EmbeddedKafkaServer.start(dataDir.resolve("kafka")), executor, report)
                    : null;
            RuntimeException failure = null;
            try {
                postgres = pg == null ? postgres : pg.join();
            } catch (CompletionException e) {
                failure = unwrap(e);
            }
            try {
                kafka = kf == null ? kafka : kf.join();
            } catch (CompletionException e) {
                failure = failure == null ? unwrap(e) : failure;
            }
            try {
                elasticsearch = es == null ? elasticsearch : es.join();
            } catch (CompletionException e) {
                failure = failure == null ? unwrap(e) : failure;
            }
            if (failure != null) {
                stopAll();
                throw failure;
            }
        } finally {
            executor.shutdown();
        }
    }

    private static <T extends ManagedServer> CompletableFuture<T> timed(
            String name, Supplier<T> starter, ExecutorService executor, Consumer<String> report) {
        return CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            T server = starter.get();
            report.accept(name + " started at " + server.url() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return server;
        }, executor);
    }

    private static Path requireElasticsearchHome(LocalServerSettings settings) {
        if (settings.elasticsearchHome() == null) {
            throw new IllegalStateException("Set " + LocalServerSettings.ELASTICSEARCH_HOME
                    + " (or " + LocalServerSettings.ELASTICSEARCH_URL + " for an external server)");
        }
        return settings.elasticsearchHome();
    }

    private static Path ephemeralDataDir() {
        if (ephemeralDataDir == null) {
            try {
                ephemeralDataDir = Files.createTempDirectory("ledger-local-");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a temporary data dir", e);
            }
        }
        return ephemeralDataDir;
    }

    private static void deleteEphemeralDataDir() {
        if (ephemeralDataDir != null) {
            try {
                FileSystemUtils.deleteRecursively(ephemeralDataDir);
            } catch (IOException e) {
                log.warn("Could not delete {}", ephemeralDataDir, e);
            }
            ephemeralDataDir = null;
        }
    }

    private static void stopQuietly(ManagedServer server) {
        if (server != null) {
            try {
                server.stop();
            } catch (RuntimeException e) {
                log.warn("Stopping {} failed", server.url(), e);
            }
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }
}
