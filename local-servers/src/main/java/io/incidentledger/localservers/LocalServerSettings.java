package io.incidentledger.localservers;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * What the application configured; a {@code null} URL means "start that server here".
 *
 * @param elasticsearchHome only needed when Elasticsearch must be started
 */
public record LocalServerSettings(
        String databaseUrl,
        String databaseUsername,
        String databasePassword,
        String kafkaBootstrapServers,
        String elasticsearchUrl,
        Path dataDir,
        boolean ephemeral,
        Path elasticsearchHome) {

    public static final String DATABASE_URL = "ledger.db.url";
    public static final String DATABASE_USERNAME = "ledger.db.username";
    public static final String DATABASE_PASSWORD = "ledger.db.password";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String ELASTICSEARCH_URL = "elasticsearch.url";
    public static final String DATA_DIR = "ledger.data-dir";
    public static final String ENABLED = "ledger.local.enabled";
    public static final String EPHEMERAL = "ledger.local.ephemeral";
    public static final String ELASTICSEARCH_HOME = "ledger.local.elasticsearch-home";

    /** Reads the keys through Spring, so LEDGER_DB_URL and friends work by relaxed binding. */
    public static LocalServerSettings from(Environment environment) {
        String elasticsearchHome = blankToNull(environment.getProperty(ELASTICSEARCH_HOME));
        return new LocalServerSettings(
                blankToNull(environment.getProperty(DATABASE_URL)),
                blankToNull(environment.getProperty(DATABASE_USERNAME)),
                environment.getProperty(DATABASE_PASSWORD),
                blankToNull(environment.getProperty(KAFKA_BOOTSTRAP_SERVERS)),
                blankToNull(environment.getProperty(ELASTICSEARCH_URL)),
                Path.of(environment.getProperty(DATA_DIR, "./data")).toAbsolutePath().normalize(),
                environment.getProperty(EPHEMERAL, Boolean.class, false),
                elasticsearchHome == null ? null : Path.of(elasticsearchHome));
    }

    /**
     * Servers start here only when asked for: {@code ledger.local.enabled=true} (the local profile), or
     * {@code ledger.local.ephemeral=true}, which every test sets and which means local servers anyway.
     */
    public static boolean enabledIn(Environment environment) {
        return environment.getProperty(ENABLED, Boolean.class, false)
                || environment.getProperty(EPHEMERAL, Boolean.class, false);
    }

    public boolean needsPostgres() {
        return databaseUrl == null;
    }

    public boolean needsKafka() {
        return kafkaBootstrapServers == null;
    }

    public boolean needsElasticsearch() {
        return elasticsearchUrl == null;
    }

    public boolean needsAnyServer() {
        return needsPostgres() || needsKafka() || needsElasticsearch();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
