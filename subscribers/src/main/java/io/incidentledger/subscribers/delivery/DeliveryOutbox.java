package io.incidentledger.subscribers.delivery;

import io.incidentledger.api.subscriber.SubscriberId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tables {@code subscriber_message} and {@code subscriber_delivery}. A row is claimed (state {@code sending},
 * committed) before its message goes out and marked {@code delivered} after: a crash in between leaves it
 * {@code sending}, and such a row is never sent again but marked {@code unknown}. That is what makes delivery at
 * most once per (event, subscriber), even across restarts; a graceful stop hands unsent claims back first.
 */
@Component
class DeliveryOutbox {

    record Claimed(long id, String eventId, SubscriberId subscriber, int attempts) {
    }

    private final JdbcTemplate jdbc;

    DeliveryOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the planner's transaction: the message once, and a row for each confirmed subscriber of these components. */
    int plan(SubscriberMessage message, List<String> components) {
        jdbc.update("insert into subscriber_message (event_id, kind, subject, text_body, html_body, webhook) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing", message.eventId(), message.kind(),
                message.subject(), message.text(), message.html(), message.webhook());
        return jdbc.update("insert into subscriber_delivery (event_id, subscriber_id) select ?, subscriber_id "
                        + "from subscriber_list where status = 'confirmed' and (cardinality(components) = 0 "
                        + "or components && ?::text[]) on conflict (event_id, subscriber_id) do nothing",
                message.eventId(), components.toArray(String[]::new));
    }

    List<Claimed> claim(Instant now, int limit) {
        return jdbc.query("update subscriber_delivery set state = 'sending', claimed_at = ?, attempts = attempts + 1 "
                        + "where id in (select id from subscriber_delivery where state = 'pending' and next_attempt_at <= ? "
                        + "order by id limit ? for update skip locked) returning id, event_id, subscriber_id, attempts",
                (row, index) -> new Claimed(row.getLong(1), row.getString(2), SubscriberId.of(row.getString(3)),
                        row.getInt(4)), Timestamp.from(now), Timestamp.from(now), limit);
    }

    Optional<SubscriberMessage> message(String eventId) {
        return jdbc.query("select event_id, kind, subject, text_body, html_body, webhook from subscriber_message "
                        + "where event_id = ?", (row, index) -> new SubscriberMessage(row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6)), eventId)
                .stream().findFirst();
    }

    void delivered(long id, Instant at) {
        jdbc.update("update subscriber_delivery set state = 'delivered', delivered_at = ?, last_error = null where id = ?",
                Timestamp.from(at), id);
    }

    void retry(long id, Instant next, String error) {
        jdbc.update("update subscriber_delivery set state = 'pending', next_attempt_at = ?, last_error = ? where id = ?",
                Timestamp.from(next), error, id);
    }

    void finished(long id, String state, String error) {
        jdbc.update("update subscriber_delivery set state = ?, last_error = ? where id = ?", state, error, id);
    }

    /** Claims a stopping instance never started: certainly unsent, so owed again. */
    void release(long id) {
        jdbc.update("update subscriber_delivery set state = 'pending', attempts = attempts - 1, claimed_at = null "
                + "where id = ? and state = 'sending'", id);
    }

    /** Claims older than the lease: their sender stopped mid-send, so whether they went out is unknown. */
    int markInDoubt(Instant now, Duration lease) {
        return jdbc.update("update subscriber_delivery set state = 'unknown', last_error = 'the sender stopped while "
                + "sending; not sent again, so it goes at most once' where state = 'sending' and claimed_at < ?",
                Timestamp.from(now.minus(lease)));
    }
}
