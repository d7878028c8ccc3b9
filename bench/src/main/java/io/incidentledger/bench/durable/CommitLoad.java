package io.incidentledger.bench.durable;

import io.incidentledger.bench.support.ClosedLoop;
import io.incidentledger.bench.support.LoadOutcome;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Closed-loop clients, each on its own connection, each commit one single-row insert (autocommit). */
record CommitLoad(String jdbcUrl, String user, String password, int payloadBytes) {

    void createTable() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS commits (id bigserial PRIMARY KEY, client int NOT NULL,"
                    + " body text NOT NULL)");
        }
    }

    LoadOutcome run(int clients, Duration duration) throws SQLException, InterruptedException {
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> inserts = new ArrayList<>();
        String body = "x".repeat(payloadBytes);
        try {
            for (int c = 0; c < clients; c++) {
                Connection connection = connect();
                connections.add(connection);
                inserts.add(connection.prepareStatement("INSERT INTO commits (client, body) VALUES (?, ?)"));
            }
            return ClosedLoop.run(clients, duration, (client, n) -> {
                PreparedStatement insert = inserts.get(client);
                insert.setInt(1, client);
                insert.setString(2, body);
                return insert.executeUpdate() == 1;
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    long rows() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM commits")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
