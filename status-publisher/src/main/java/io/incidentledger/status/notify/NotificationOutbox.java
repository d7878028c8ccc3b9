package io.incidentledger.status.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table {@code status_notification}: one row per (ledger event, route), written in the tracking processor's
 * transaction, so a notification is planned exactly once and survives restarts; its delivery state is kept beside it.
 */
public class NotificationOutbox {

    private static final String COLUMNS = "id, event_id, route, kind, text, payload, attempts, created_at";

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
        return jdbc.query("select " + COLUMNS + " from status_notification "
                        + "where delivered_at is null and next_attempt_at <= ? and route = any(?) "
                        + "order by id limit ? for update skip locked",
                NotificationOutbox::pending, java.sql.Timestamp.from(now), routes.toArray(String[]::new), limit);
    }

    /** The row a webhook knows as {@code <event id>/<route>}, if it is still owed. */
    java.util.Optional<PendingNotification> find(String deliveryId) {
        int slash = deliveryId.lastIndexOf('/');
        if (slash < 0) {
            return java.util.Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + " from status_notification where event_id = ? and route = ? "
                        + "and delivered_at is null", NotificationOutbox::pending,
                deliveryId.substring(0, slash), deliveryId.substring(slash + 1)).stream().findFirst();
    }

    /** Never due again by itself ({@code infinity}): only a retry of its dead letter sends it. */
    void parked(long id, String error) {
        jdbc.update("update status_notification set attempts = attempts + 1, next_attempt_at = 'infinity', "
                + "last_error = ? where id = ?", error, id);
    }

    private static PendingNotification pending(java.sql.ResultSet row, int index) throws java.sql.SQLException {
        return new PendingNotification(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getInt(7), row.getTimestamp(8).toInstant());
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
