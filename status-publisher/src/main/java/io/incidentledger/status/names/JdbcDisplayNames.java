package io.incidentledger.status.names;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Names learnt from the ledger by the notification processor, kept in {@code status_display_name}. */
@Component
class JdbcDisplayNames implements DisplayNames {

    private final JdbcTemplate jdbc;

    JdbcDisplayNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        jdbc.update("insert into status_display_name (user_id, name) values (?, ?) "
                + "on conflict (user_id) do update set name = excluded.name where status_display_name.name <> excluded.name",
                userId, name);
    }
}
