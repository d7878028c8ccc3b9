package io.incidentledger.subscribers.list;

import io.incidentledger.api.subscriber.SubscriberDirectory;
import io.incidentledger.api.subscriber.SubscriberId;
import io.incidentledger.api.subscriber.SubscriberKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the subscriber list: one row, all rows, the counts the console and the admin API show. */
@Component
public class SubscriberListQueries {

    private static final String COLUMNS = "subscriber_id, kind, sealed_address, components, status, requested_at, "
            + "confirmed_at, disabled_reason";

    private final JdbcTemplate jdbc;

    SubscriberListQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SubscriberRow> find(SubscriberId id) {
        return jdbc.query("select " + COLUMNS + " from subscriber_list where subscriber_id = ?", SubscriberListQueries::row,
                id.value()).stream().findFirst();
    }

    public List<SubscriberRow> all() {
        return jdbc.query("select " + COLUMNS + " from subscriber_list order by requested_at, subscriber_id",
                SubscriberListQueries::row);
    }

    public List<SubscriberId> expiredBefore(Instant now, int limit) {
        return jdbc.queryForList("select subscriber_id from subscriber_list where status = 'pending' and expires_at < ? "
                + "order by expires_at limit ?", String.class, Timestamp.from(now), limit).stream().map(SubscriberId::of).toList();
    }

    public SubscriberDirectory.Counts counts() {
        Map<String, Long> status = new TreeMap<>();
        jdbc.query("select status, count(*) from subscriber_list group by status",
                (ResultSet row) -> { status.put(row.getString(1), row.getLong(2)); });
        Map<String, Long> byComponent = new TreeMap<>();
        jdbc.query("select unnest(components), count(*) from subscriber_list where status = 'confirmed' group by 1",
                (ResultSet row) -> { byComponent.put(row.getString(1), row.getLong(2)); });
        Long everything = jdbc.queryForObject("select count(*) from subscriber_list where status = 'confirmed' "
                + "and cardinality(components) = 0", Long.class);
        return new SubscriberDirectory.Counts(status.getOrDefault("confirmed", 0L), status.getOrDefault("pending", 0L),
                status.getOrDefault("disabled", 0L), everything == null ? 0 : everything, byComponent);
    }

    private static SubscriberRow row(ResultSet row, int index) throws SQLException {
        Timestamp confirmed = row.getTimestamp(7);
        return new SubscriberRow(SubscriberId.of(row.getString(1)), SubscriberKind.valueOf(row.getString(2)),
                row.getString(3), Arrays.asList((String[]) row.getArray(4).getArray()), row.getString(5),
                row.getTimestamp(6).toInstant(), confirmed == null ? null : confirmed.toInstant(), row.getString(8));
    }
}
