package io.incidentledger.status.names;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.incidentledger.status.StatusInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Names learnt from the ledger by the notification processor, kept in {@code status_display_name}. Bounded to its
 * columns here: one overlong name must not fail the processor's transaction, and with it every notification.
 */
@Component
class JdbcDisplayNames implements DisplayNames {

    static final int MAX_NAME = 255;
    static final int MAX_USER_ID = 100;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    JdbcDisplayNames(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("select user_id, name from status_display_name",
                row -> {
                    names.put(row.getString(1), row.getString(2));
                });
        return names;
    }

    /**
     * Inside a transaction (the notification processor's batch) the names are kept until it commits and then written
     * in one statement, the last name of each user winning as it would one write at a time: the processor sees every
     * event of the ledger, and one write per chat message was a round trip and a row lock each.
     */
    @Override
    public void remember(String userId, String name) {
        // a cut id could name someone else: such a user's mentions keep showing the raw id
        if (userId == null || name == null || userId.length() > MAX_USER_ID) {
            return;
        }
        Map<String, String> pending = pending();
        if (pending == null) {
            write(Map.of(userId, bounded(name)));
        } else {
            pending.put(userId, bounded(name));
        }
    }

    private void write(Map<String, String> names) {
        List<Object[]> rows = names.entrySet().stream().map(named -> new Object[] {named.getKey(), named.getValue()}).toList();
        int[] changed = jdbc.batchUpdate("insert into status_display_name (user_id, name) values (?, ?) "
                + "on conflict (user_id) do update set name = excluded.name where status_display_name.name <> excluded.name",
                rows);
        if (Arrays.stream(changed).anyMatch(count -> count != 0)) {
            // the live page reads the names once per change, after this transaction commits
            events.publishEvent(new StatusInputsChanged("display name"));
        }
    }

    /** The names remembered in the current transaction, written just before it commits; null outside one. */
    @SuppressWarnings("unchecked")
    private Map<String, String> pending() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        var pending = (Map<String, String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<String, String> fresh = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (!fresh.isEmpty()) {
                        write(fresh);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcDisplayNames.this);
                }
            });
            pending = fresh;
        }
        return pending;
    }

    static String bounded(String name) {
        if (name.length() <= MAX_NAME) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME - 2)) ? MAX_NAME - 2 : MAX_NAME - 1;
        return name.substring(0, end) + "…";
    }
}
