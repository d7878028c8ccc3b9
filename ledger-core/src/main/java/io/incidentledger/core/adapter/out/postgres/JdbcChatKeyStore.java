package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.erasure.ChatKeyStore;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** {@code chat_text_key}; inside the caller's transaction (the append's, or the redaction's). */
public class JdbcChatKeyStore implements ChatKeyStore {

    private static final RowMapper<StoredKey> KEY = (row, n) -> new StoredKey(row.getBytes(1), row.getString(2));
    private final JdbcTemplate jdbc;

    public JdbcChatKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StoredKey keep(String incidentId, String messageId, byte[] wrapped) {
        // a concurrent first use waits on the key's row and then reads the winner's key
        jdbc.update("INSERT INTO chat_text_key (incident_id, message_id, wrapped_key) VALUES (?, ?, ?) "
                + "ON CONFLICT (incident_id, message_id) DO NOTHING", incidentId, messageId, wrapped);
        return find(incidentId, messageId).orElseThrow();
    }

    @Override
    public Optional<StoredKey> find(String incidentId, String messageId) {
        return jdbc.query("SELECT wrapped_key, erased_as FROM chat_text_key WHERE incident_id = ? AND message_id = ?",
                KEY, incidentId, messageId).stream().findFirst();
    }

    @Override
    public void erase(String incidentId, String messageId, String marker) {
        if (messageId == null) {
            jdbc.update("UPDATE chat_text_key SET wrapped_key = NULL, erased_as = coalesce(erased_as, ?), "
                    + "erased_at = coalesce(erased_at, now()) WHERE incident_id = ?", marker, incidentId);
        }
        // the row is written even without a key: a text stored before sealing is erased by its mark
        jdbc.update("INSERT INTO chat_text_key (incident_id, message_id, wrapped_key, erased_as, erased_at) "
                        + "VALUES (?, ?, NULL, ?, now()) ON CONFLICT (incident_id, message_id) DO UPDATE SET wrapped_key = NULL, "
                        + "erased_as = coalesce(chat_text_key.erased_as, excluded.erased_as), "
                        + "erased_at = coalesce(chat_text_key.erased_at, excluded.erased_at)",
                incidentId, messageId == null ? INCIDENT_WIDE : messageId, marker);
    }
}
