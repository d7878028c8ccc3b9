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
 * under the app's data dir ({@code --data-dir}), and its generated password from {@code ledger-password} beside
 * it, unless {@code --jdbc-url} and {@code --jdbc-password} name them.
 */
public final class LedgerDatabase {

    private static final String USER = "postgres";

    private final String url;
    private final String password;

    private LedgerDatabase(String url, String password) {
        this.url = url;
        this.password = password;
    }

    public static LedgerDatabase from(Args args) throws IOException {
        String explicit = args.text("jdbc-url", null);
        if (explicit != null) {
            return new LedgerDatabase(explicit, args.text("jdbc-password", ""));
        }
        return of(Path.of(args.text("data-dir", "data")));
    }

    /** The PostgreSQL of the embedded default whose data dir is {@code dataDir}. */
    public static LedgerDatabase of(Path dataDir) throws IOException {
        Path postgres = dataDir.resolve("postgres");
        List<String> lines = Files.readAllLines(postgres.resolve("postmaster.pid"));
        // one multi-row INSERT per batch instead of one statement per row: generate's 1M rows in well under a minute
        return new LedgerDatabase("jdbc:postgresql://127.0.0.1:" + lines.get(3).trim() + "/postgres?reWriteBatchedInserts=true",
                Files.readString(postgres.resolve("ledger-password")).trim());
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, password);
    }

    public long count(String sql) throws SQLException {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
