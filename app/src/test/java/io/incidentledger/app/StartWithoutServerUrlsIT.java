package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main class in its own JVM, started as production starts it: no local profile, no switch. Embedded
 * servers must not start; a missing URL stops the start with one sentence and no stack trace.
 */
class StartWithoutServerUrlsIT {

    private static final List<String> SERVER_VARIABLES = List.of("LEDGER_DB_URL", "KAFKA_BOOTSTRAP_SERVERS",
            "ELASTICSEARCH_URL", "SPRING_PROFILES_ACTIVE", "LEDGER_LOCAL_ENABLED", "LEDGER_LOCAL_EPHEMERAL");

    @TempDir
    Path workDir;

    @Test
    void withoutAnyUrlTheAppStopsWithOneSentenceNamingAllThree() throws Exception {
        String output = startExpectingFailure(Map.of());

        assertThat(output).contains("LEDGER_DB_URL, KAFKA_BOOTSTRAP_SERVERS and ELASTICSEARCH_URL are not set: point"
                + " them at your PostgreSQL, Kafka and Elasticsearch, or start with the local profile"
                + " (SPRING_PROFILES_ACTIVE=local) to run embedded servers.");
        assertThat(output).doesNotContain("\tat ", "Exception");
        assertThat(workDir.resolve("data")).doesNotExist();
    }

    @Test
    void withOnlyTheDatabaseUrlMissingTheSentenceNamesThatVariable() throws Exception {
        String output = startExpectingFailure(Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9",
                "ELASTICSEARCH_URL", "http://127.0.0.1:9"));

        assertThat(output).contains("LEDGER_DB_URL is not set: point it at your PostgreSQL, or start with the local"
                + " profile (SPRING_PROFILES_ACTIVE=local) to run embedded servers.");
        assertThat(output).doesNotContain("KAFKA_BOOTSTRAP_SERVERS is", "\tat ", "Exception");
    }

    private String startExpectingFailure(Map<String, String> environment) throws Exception {
        Path log = workDir.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IncidentLedgerApplication.class.getName())
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        SERVER_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        builder.environment().put("PORT", "0");
        Process app = builder.start();

        assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the app stops by itself").isTrue();
        assertThat(app.exitValue()).isNotZero();
        return Files.readString(log);
    }
}
