package io.incidentledger.ingest.adapter.out.teams;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Which Teams thread and card belong to which incident. */
final class TeamsThreads {

    record Thread(String conversationId, String activityId, String serviceUrl) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    // committed on its own: the thread exists in Teams once created, and a retried event must find it
    TeamsThreads(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<Thread> find(String incidentId) {
        return jdbc.query("SELECT conversation_id, activity_id, service_url FROM teams_incident_thread WHERE incident_id = ?",
                (row, n) -> new Thread(row.getString(1), row.getString(2), row.getString(3)), incidentId).stream().findFirst();
    }

    void created(String incidentId, Thread thread, Instant at) {
        ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO teams_incident_thread (incident_id, conversation_id, activity_id, service_url, created_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING", incidentId, thread.conversationId(),
                thread.activityId(), thread.serviceUrl(), Timestamp.from(at)));
    }
}
