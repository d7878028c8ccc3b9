package io.incidentledger.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The embedded default's PostgreSQL: its port is random, so it is read from {@code postmaster.pid} (line 4)
 * under the app's data dir ({@code --data-dir}), unless {@code --jdbc-url} names it.
 */
public final class LedgerDatabase {

    private final String url;

    private LedgerDatabase(String url) {
        this.url = url;
    }

    public static LedgerDatabase from(Args args) throws IOException {
        String explicit = args.text("jdbc-url", null);
        if (explicit != null) {
            return new LedgerDatabase(explicit);
        }
        Path pid = Path.of(args.text("data-dir", "data"), "postgres", "postmaster.pid");
        List<String> lines = Files.readAllLines(pid);
        return new LedgerDatabase("jdbc:postgresql://127.0.0.1:" + lines.get(3).trim() + "/postgres");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    public long count(String sql) throws SQLException {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
