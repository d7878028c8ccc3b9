package io.incidentledger.app.deadletter;

import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.FailedEvent;
import io.incidentledger.api.deadletter.Redelivery;
import io.incidentledger.app.AppProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code dead_letter}. Parking runs in its own transaction: the processor's own may already be aborted by
 * the failure it reports, and the parked event must survive that processor's rollback.
 */
class JdbcDeadLetters implements DeadLetters {

    private static final String COLUMNS = "id, processor, event_id, global_position, incident_id, error_class, "
            + "error_message, attempts, first_failed_at, last_failed_at, payload";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final AppProperties.DeadLetterPolicy properties;
    private final ObjectProvider<Redelivery> redeliveries;
    private final Clock clock;

    JdbcDeadLetters(JdbcTemplate jdbc, PlatformTransactionManager transactions, AppProperties.DeadLetterPolicy properties,
                    ObjectProvider<Redelivery> redeliveries, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.redeliveries = redeliveries;
        this.clock = clock;
    }

    @Override
    public boolean isTransient(Throwable error) {
        return FailureClassifier.isTransient(error);
    }

    @Override
    public int maxAttempts() {
        return properties.maxAttempts();
    }

    @Override
    public void park(FailedEvent event, Throwable error, int attempts, Instant firstFailedAt) {
        Timestamp now = Timestamp.from(clock.instant());
        ownTransaction.executeWithoutResult(status -> jdbc.update("insert into dead_letter (processor, event_id, "
                + "global_position, incident_id, error_class, error_message, attempts, first_failed_at, last_failed_at, "
                + "payload) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (processor, event_id) do update set "
                + "attempts = dead_letter.attempts + 1, error_class = excluded.error_class, "
                + "error_message = excluded.error_message, last_failed_at = excluded.last_failed_at",
                text(event.processor()), text(event.eventId()), event.position(), text(event.incidentId()),
                errorClass(error), text(errorMessage(error)), attempts, Timestamp.from(firstFailedAt), now,
                text(event.payload())));
    }

    @Override
    public List<DeadLetter> list(int page, int size) {
        return jdbc.query("select " + COLUMNS + " from dead_letter order by id limit ? offset ?", this::letter,
                size, (long) page * size);
    }

    @Override
    public Map<String, Long> countByProcessor() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select processor, count(*) from dead_letter group by processor order by processor",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    @Override
    public Optional<DeadLetter> find(long id) {
        return jdbc.query("select " + COLUMNS + " from dead_letter where id = ?", this::letter, id).stream().findFirst();
    }

    @Override
    public Optional<RetryOutcome> retry(long id) {
        return find(id).map(letter -> {
            try {
                redeliveryOf(letter.processor()).redeliver(letter);
                jdbc.update("delete from dead_letter where id = ?", id);
                return new RetryOutcome(true, letter);
            } catch (Exception failedAgain) {
                park(letter.event(), failedAgain, letter.attempts() + 1, letter.firstFailedAt());
                return new RetryOutcome(false, find(id).orElse(letter));
            }
        });
    }

    private Redelivery redeliveryOf(String processor) {
        return redeliveries.orderedStream().filter(r -> r.processors().contains(processor)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No processor named " + processor + " runs here"));
    }

    // the outer error says where it failed, its root cause why
    private static String errorClass(Throwable error) {
        Throwable root = root(error);
        String outer = error.getClass().getName();
        return root == error ? outer : truncate(outer + " caused by " + root.getClass().getName(), 300);
    }

    private String errorMessage(Throwable error) {
        Throwable root = root(error);
        String message = root == error ? String.valueOf(error.getMessage())
                : error.getMessage() + " / " + root.getMessage();
        return truncate(message, properties.errorLength());
    }

    private static Throwable root(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    // PostgreSQL text takes no NUL, and what failed to be read may well hold one: the park must not fail on it
    private static String text(String value) {
        return value == null ? null : value.replace('\u0000', '\uFFFD');
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private DeadLetter letter(ResultSet row, int index) throws SQLException {
        long position = row.getLong(4);
        Long globalPosition = row.wasNull() ? null : position;
        return new DeadLetter(row.getLong(1), row.getString(2), row.getString(3), globalPosition, row.getString(5),
                row.getString(6), row.getString(7), row.getInt(8), row.getTimestamp(9).toInstant(),
                row.getTimestamp(10).toInstant(), row.getString(11));
    }
}
