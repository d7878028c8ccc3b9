package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.query.ChatIncidents;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Channel → its newest open incident, for the chat intake, which asks on every message. Filled from the directory;
 * the directory projection evicts in the command's transaction and again once it has ended, and a read that began
 * before an eviction is not kept, so this instance's declares, links, closes and reopens are seen at once. Only
 * found incidents are kept, for at most {@link #FRESH}: another instance's close or link is seen within it.
 */
@Component
class ChannelIncidents implements ChatIncidents {

    static final Duration FRESH = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every eviction; guarded by {@code this}. */
    private long generation;

    ChannelIncidents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<IncidentId> openIn(Platform platform, String channelId) {
        Key key = new Key(platform, channelId);
        long now = System.nanoTime();
        Entry cached = entries.get(key);
        if (cached != null && now - cached.at() < FRESH.toNanos()) {
            return Optional.of(cached.incident());
        }
        long seen = generation();
        Optional<IncidentId> found = jdbc.query("SELECT c.incident_id FROM incident_channel c JOIN incident_directory d "
                        + "ON d.incident_id = c.incident_id WHERE c.platform = ? AND c.channel_id = ? AND d.status <> 'closed' "
                        + "ORDER BY d.number DESC LIMIT 1", (row, n) -> IncidentId.of(row.getString(1)),
                platform.name(), channelId).stream().findFirst();
        synchronized (this) {
            if (generation == seen) {
                found.ifPresentOrElse(incident -> entries.put(key, new Entry(incident, now)), () -> entries.remove(key));
            }
        }
        return found;
    }

    /** A channel was linked, an incident closed or reopened: what any channel shows may have changed. */
    void changed() {
        evict();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a reader between now and the commit still sees the old rows; forget what it may have kept
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict();
                }
            });
        }
    }

    private synchronized void evict() {
        generation++;
        entries.clear();
    }

    private synchronized long generation() {
        return generation;
    }

    private record Key(Platform platform, String channelId) {
    }

    private record Entry(IncidentId incident, long at) {
    }
}
