package io.incidentledger.bench.ingest;

import io.incidentledger.bench.support.LedgerDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The storage limit: rows of the event store's shape and of its real payload sizes, batch-inserted over JDBC
 * into a scratch copy of {@code domainevententry} in the same PostgreSQL, one writer per core.
 */
final class RawInsertReference {

    private static final String TABLE = "bench_raw_insert";

    private RawInsertReference() {
    }

    static double rowsPerSecond(LedgerDatabase database, int rows, int writers, int batch) throws Exception {
        byte[][] sample = samplePayloads(database);
        try (Connection c = database.connect()) {
            c.createStatement().execute("DROP TABLE IF EXISTS " + TABLE);
            c.createStatement().execute("CREATE TABLE " + TABLE + " (LIKE domainevententry INCLUDING ALL)");
            // LIKE … INCLUDING ALL copies the default nextval() of the ledger's own sequence: 40,000 reference rows
            // then left 40,000 gaps in the real event store, which every tracking processor carries for a minute
            c.createStatement().execute("DROP SEQUENCE IF EXISTS " + TABLE + "_seq");
            c.createStatement().execute("CREATE SEQUENCE " + TABLE + "_seq");
            c.createStatement().execute("ALTER TABLE " + TABLE + " ALTER COLUMN globalindex SET DEFAULT nextval('" + TABLE + "_seq')");
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            long started = System.nanoTime();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(writer(database, sample, rows / writers, batch)));
            }
            int written = 0;
            for (Future<Integer> f : done) {
                written += f.get();
            }
            return written / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
            try (Connection c = database.connect()) {
                c.createStatement().execute("DROP TABLE IF EXISTS " + TABLE);
                c.createStatement().execute("DROP SEQUENCE IF EXISTS " + TABLE + "_seq");
            }
        }
    }

    private static Callable<Integer> writer(LedgerDatabase database, byte[][] sample, int rows, int batch) {
        return () -> {
            try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                    + " (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadrevision,"
                    + " payloadtype, timestamp) VALUES (?, ?, 'Incident', ?, ?, ?, NULL, ?, ?)")) {
                c.setAutoCommit(false);
                String aggregate = UUID.randomUUID().toString();
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, aggregate);
                    insert.setLong(2, i);
                    insert.setString(3, UUID.randomUUID().toString());
                    insert.setBytes(4, sample[1]);
                    insert.setBytes(5, sample[0]);
                    insert.setString(6, "io.incidentledger.api.event.ChatMessageRecorded");
                    insert.setString(7, java.time.Instant.now().toString());
                    insert.addBatch();
                    if ((i + 1) % batch == 0 || i == rows - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                return rows;
            }
        };
    }

    /** A real chat-message payload and its metadata, so the reference writes the same bytes per row. */
    private static byte[][] samplePayloads(LedgerDatabase database) throws SQLException {
        try (Connection c = database.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT payload, metadata FROM domainevententry WHERE payloadtype LIKE '%ChatMessageRecorded' LIMIT 1")) {
            if (rs.next()) {
                return new byte[][] {rs.getBytes(1), rs.getBytes(2)};
            }
            return new byte[][] {new byte[400], new byte[200]};
        }
    }
}
