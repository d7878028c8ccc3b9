package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.erasure.ChatKeyStore;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
        StoredKey kept = jdbc.query("INSERT INTO chat_text_key (incident_id, message_id, wrapped_key) VALUES (?, ?, ?) "
                        + "ON CONFLICT (incident_id, message_id) DO NOTHING RETURNING wrapped_key, erased_as", KEY,
                incidentId, messageId, wrapped).stream().findFirst()
                .orElseGet(() -> read(incidentId, messageId).orElseThrow());
        ReadAhead ahead = readAhead(false);
        if (ahead != null) {
            ahead.known.put(List.of(incidentId, messageId), Optional.of(kept));
        }
        return kept;
    }

    @Override
    public Optional<StoredKey> find(String incidentId, String messageId) {
        ReadAhead ahead = readAhead(false);
        if (ahead == null) {
            return read(incidentId, messageId);
        }
        List<String> key = List.of(incidentId, messageId);
        Set<String> pending = ahead.pending.get(incidentId);
        if (!ahead.known.containsKey(key) && pending != null && pending.contains(messageId)) {
            ahead.pending.remove(incidentId);
            readAll(incidentId, pending, ahead.known);
        }
        Optional<StoredKey> known = ahead.known.get(key);
        return known != null ? known : read(incidentId, messageId);
    }

    /** Noted now, read in one query at the first {@link #find} of one of them: a batch that opens no text reads none. */
    @Override
    public void prefetch(String incidentId, Collection<String> messageIds) {
        ReadAhead ahead = messageIds.isEmpty() ? null : readAhead(true);
        if (ahead == null) {
            return;
        }
        for (String messageId : messageIds) {
            if (!ahead.known.containsKey(List.of(incidentId, messageId))) {
                ahead.pending.computeIfAbsent(incidentId, incident -> new HashSet<>()).add(messageId);
            }
        }
    }

    private void readAll(String incidentId, Set<String> messageIds, Map<List<String>, Optional<StoredKey>> known) {
        String[] wanted = messageIds.toArray(String[]::new);
        for (String messageId : wanted) {
            known.put(List.of(incidentId, messageId), Optional.empty());
        }
        jdbc.query(con -> {
            PreparedStatement read = con.prepareStatement("SELECT message_id, wrapped_key, erased_as FROM chat_text_key "
                    + "WHERE incident_id = ? AND message_id = ANY (?)");
            read.setString(1, incidentId);
            read.setArray(2, con.createArrayOf("varchar", wanted));
            return read;
        }, (RowCallbackHandler) row -> known.put(List.of(incidentId, row.getString(1)),
                Optional.of(new StoredKey(row.getBytes(2), row.getString(3)))));
    }

    private Optional<StoredKey> read(String incidentId, String messageId) {
        return jdbc.query("SELECT wrapped_key, erased_as FROM chat_text_key WHERE incident_id = ? AND message_id = ?",
                KEY, incidentId, messageId).stream().findFirst();
    }

    /**
     * The current transaction's keys read ahead, (incident, message) → key or none, and those noted but not read yet;
     * forgotten when it ends. None outside a transaction.
     */
    private ReadAhead readAhead(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var ahead = (ReadAhead) TransactionSynchronizationManager.getResource(this);
        if (ahead == null && create) {
            ahead = new ReadAhead(new HashMap<>(), new HashMap<>());
            TransactionSynchronizationManager.bindResource(this, ahead);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcChatKeyStore.this);
                }
            });
        }
        return ahead;
    }

    private record ReadAhead(Map<List<String>, Optional<StoredKey>> known, Map<String, Set<String>> pending) {
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
        ReadAhead ahead = readAhead(false);
        if (ahead != null) {
            // noted keys stay noted: read after this, they read as erased
            ahead.known.clear();
        }
    }
}
