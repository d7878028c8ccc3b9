package io.incidentledger.projections.replay;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A session-level advisory lock in the event store's database, held on a connection of its own for as long as the
 * replay runs. Two replays at once would each build a generation and switch the alias under the other; and an
 * instance that dies mid-replay loses its connection, so the lock can never outlive it.
 */
@Component
class PostgresReplayLease implements ReplayLease {

    // any constant shared by every instance; spells "replay" in ASCII
    static final long LOCK_KEY = 0x7265706c6179L;
    private static final Logger log = LoggerFactory.getLogger(PostgresReplayLease.class);

    private final DataSource dataSource;

    PostgresReplayLease(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Held> tryAcquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (var statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, LOCK_KEY);
                try (var result = statement.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        return Optional.of(release(connection));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("The replay lease could not be read from PostgreSQL", e);
        }
    }

    private static Held release(Connection connection) {
        return () -> {
            try (var statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                statement.setLong(1, LOCK_KEY);
                statement.execute();
            } catch (SQLException e) {
                // a pooled connection that kept the lock would hold it for good: end its session instead
                log.warn("Releasing the replay lease failed, ending its database session: {}", e.toString());
                abortQuietly(connection);
            }
            closeQuietly(connection);
        };
    }

    private static void abortQuietly(Connection connection) {
        try {
            connection.unwrap(Connection.class).abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // nothing more can be done from here; the pool drops a dead connection when it validates it
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }
}
