package io.incidentledger.status.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table {@code status_notification}: one row per (ledger event, route), written in the tracking processor's
 * transaction, so a notification is planned exactly once and survives restarts; its delivery state is kept beside it.
 */
public class NotificationOutbox {

    private final JdbcTemplate jdbc;

    public NotificationOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(String eventId, String route, NotificationKind kind, String incidentRef, String text, String payload) {
        jdbc.update("insert into status_notification (event_id, route, kind, incident_ref, text, payload) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (event_id, route) do nothing",
                eventId, route, kind.key(), incidentRef, text, payload);
    }

    /**
     * Due rows of the given routes, locked for this transaction; another instance skips them rather than sending
     * twice. Rows of routes this instance does not know are left for one that does (a rolling config change).
     */
    List<PendingNotification> lockDue(Instant now, int limit, java.util.Collection<String> routes) {
        if (routes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select id, event_id, route, kind, text, payload, attempts from status_notification "
                        + "where delivered_at is null and next_attempt_at <= ? and route = any(?) "
                        + "order by id limit ? for update skip locked",
                (row, i) -> new PendingNotification(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getInt(7)),
                java.sql.Timestamp.from(now), routes.toArray(String[]::new), limit);
    }

    void delivered(long id, Instant at) {
        jdbc.update("update status_notification set delivered_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                java.sql.Timestamp.from(at), id);
    }

    void failed(long id, Instant nextAttempt, String error) {
        jdbc.update("update status_notification set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?",
                java.sql.Timestamp.from(nextAttempt), error, id);
    }
}
