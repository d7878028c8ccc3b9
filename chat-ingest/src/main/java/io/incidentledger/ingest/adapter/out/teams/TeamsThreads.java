package io.incidentledger.ingest.adapter.out.teams;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which Teams thread and card belong to which incident. */
final class TeamsThreads {

    record Thread(String conversationId, String activityId, String serviceUrl) {
    }

    private final JdbcTemplate jdbc;

    TeamsThreads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Thread> find(String incidentId) {
        return jdbc.query("SELECT conversation_id, activity_id, service_url FROM teams_incident_thread WHERE incident_id = ?",
                (row, n) -> new Thread(row.getString(1), row.getString(2), row.getString(3)), incidentId).stream().findFirst();
    }

    void created(String incidentId, Thread thread, Instant at) {
        jdbc.update("INSERT INTO teams_incident_thread (incident_id, conversation_id, activity_id, service_url, created_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING", incidentId, thread.conversationId(),
                thread.activityId(), thread.serviceUrl(), Timestamp.from(at));
    }
}
