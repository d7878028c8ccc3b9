package io.incidentledger.localservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Password (SCRAM) authentication over 127.0.0.1 only. zonky's initdb always writes {@code trust}, and data dirs
 * of earlier versions have it too, so such a dir gets one bootstrap start: trust for the superuser on 127.0.0.1
 * only, just long enough to set the generated password, then the password-only rules are loaded.
 */
final class PostgresAccess {

    static final String PASSWORD_ONLY = """
            # written by incident-ledger local-servers: a password (SCRAM) is required, over 127.0.0.1 only
            host all all 127.0.0.1/32 scram-sha-256
            """;

    private static final String BOOTSTRAP = """
            # written by incident-ledger local-servers for one start: trust until the generated password is set
            host all postgres 127.0.0.1/32 trust
            """;
    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(10);

    private PostgresAccess() {
    }

    /** Runs before the postmaster starts; true when the password still has to be set once it runs. */
    static boolean prepare(Path dataDir, String password) throws IOException {
        PostgresPassword.store(dataDir, password);
        if (Files.readString(hba(dataDir)).equals(PASSWORD_ONLY)) {
            return false;
        }
        Files.writeString(hba(dataDir), BOOTSTRAP);
        return true;
    }

    /** Sets the password through the bootstrap rule, then switches to password-only and waits until it holds. */
    static void requirePassword(Path dataDir, String jdbcUrl, String user, String password)
            throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + user + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(hba(dataDir), PASSWORD_ONLY);
            statement.execute("SELECT pg_reload_conf()");
        }
        // the reload is a signal, handled a moment later: wait until a wrong password is really refused
        long deadline = System.nanoTime() + RELOAD_TIMEOUT.toNanos();
        while (acceptsWrongPassword(jdbcUrl, user)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL in " + dataDir + " still trusts connections after reload");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while PostgreSQL reloaded its access rules", e);
            }
        }
    }

    private static boolean acceptsWrongPassword(String jdbcUrl, String user) {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, "not-the-password")) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    private static Path hba(Path dataDir) {
        return dataDir.resolve("pg_hba.conf");
    }
}
