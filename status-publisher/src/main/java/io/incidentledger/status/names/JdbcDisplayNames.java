package io.incidentledger.status.names;

import java.util.HashMap;
import java.util.Map;
import io.incidentledger.status.StatusInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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

    @Override
    public void remember(String userId, String name) {
        // a cut id could name someone else: such a user's mentions keep showing the raw id
        if (userId == null || name == null || userId.length() > MAX_USER_ID) {
            return;
        }
        int changed = jdbc.update("insert into status_display_name (user_id, name) values (?, ?) "
                + "on conflict (user_id) do update set name = excluded.name where status_display_name.name <> excluded.name",
                userId, bounded(name));
        if (changed > 0) {
            // the live page reads the names once per change, after this transaction commits
            events.publishEvent(new StatusInputsChanged("display name"));
        }
    }

    static String bounded(String name) {
        if (name.length() <= MAX_NAME) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME - 2)) ? MAX_NAME - 2 : MAX_NAME - 1;
        return name.substring(0, end) + "…";
    }
}
