package io.incidentledger.localservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresIT {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopServers() {
        LocalServers.stopAll();
    }

    @Test
    void itCommitsDurablyListensOnLoopbackOnlyAndReportsItsSettingsOn() throws Exception {
        ServerEndpoints endpoints = startPostgresOnly();

        try (Connection connection = connect(endpoints)) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(show(connection, "full_page_writes")).isEqualTo("on");
            assertThat(show(connection, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(show(connection, "unix_socket_directories")).isEmpty();
            assertThat(show(connection, "shared_buffers")).isEqualTo("32MB");
        }
        assertThat(endpoints.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheGeneratedOneIsKeptOwnerOnly() throws Exception {
        ServerEndpoints endpoints = startPostgresOnly();

        assertThatThrownBy(() -> DriverManager.getConnection(endpoints.jdbcUrl(), "postgres", "postgres").close())
                .isInstanceOf(SQLException.class)
                .satisfies(refused -> assertThat(((SQLException) refused).getSQLState()).isEqualTo("28P01"));
        assertThatThrownBy(() -> DriverManager.getConnection(endpoints.jdbcUrl(), "postgres", "").close())
                .isInstanceOf(SQLException.class);
        Path passwordFile = dataDir.resolve("postgres").resolve(PostgresPassword.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(Files.readString(passwordFile).trim()).isEqualTo(endpoints.databasePassword()).hasSizeGreaterThan(40);
    }

    @Test
    void aRestartOnTheSameDataDirKeepsTheDataAndThePassword() throws Exception {
        ServerEndpoints first = startPostgresOnly();
        execute(first, "create table notes (body text not null)", "insert into notes values ('kept')");
        LocalServers.stopAll();

        ServerEndpoints second = startPostgresOnly();

        assertThat(second.databasePassword()).isEqualTo(first.databasePassword());
        assertThat(second.jdbcUrl()).isNotEqualTo(first.jdbcUrl());
        try (Connection connection = connect(second); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select body from notes")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void aDataDirCreatedWithTrustByAnEarlierVersionGetsAPasswordAndKeepsItsData() throws Exception {
        Path postgresDir = dataDir.resolve("postgres");
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(postgresDir)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection connection = earlier.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // zonky's own defaults, as earlier versions ran it: the reference that shows the override matters
            assertThat(show(connection, "fsync")).isEqualTo("off");
            statement.execute("create table notes (body text not null)");
            statement.execute("insert into notes values ('from the trust days')");
        }

        ServerEndpoints endpoints = startPostgresOnly();

        assertThatThrownBy(() -> DriverManager.getConnection(endpoints.jdbcUrl(), "postgres", "wrong").close())
                .isInstanceOf(SQLException.class);
        try (Connection connection = connect(endpoints); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select body from notes")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("from the trust days");
            assertThat(show(connection, "fsync")).isEqualTo("on");
        }
        assertThat(Files.readString(postgresDir.resolve("pg_hba.conf"))).isEqualTo(PostgresAccess.PASSWORD_ONLY);
    }

    /** Kafka and Elasticsearch URLs are configured, so only PostgreSQL starts. */
    private ServerEndpoints startPostgresOnly() {
        return LocalServers.start(new LocalServerSettings(null, null, null, "kafka.unused:9092",
                "http://es.unused:9200", dataDir, false, null));
    }

    private static Connection connect(ServerEndpoints endpoints) throws SQLException {
        return DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.databaseUsername(), endpoints.databasePassword());
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(ServerEndpoints endpoints, String... statements) throws SQLException {
        try (Connection connection = connect(endpoints); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
