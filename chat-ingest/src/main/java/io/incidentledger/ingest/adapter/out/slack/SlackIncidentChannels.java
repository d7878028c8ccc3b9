package io.incidentledger.ingest.adapter.out.slack;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which Slack channel and headline message belong to which incident. Written in a transaction of their own: the
 * channel exists in Slack the moment it is created, so a retry of the event must find it even if the rest failed.
 */
final class SlackIncidentChannels {

    record Location(String channelId, String headlineTs) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    SlackIncidentChannels(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<Location> find(String incidentId) {
        return jdbc.query("SELECT channel_id, headline_ts FROM slack_incident_channel WHERE incident_id = ?",
                (row, n) -> new Location(row.getString(1), row.getString(2)), incidentId).stream().findFirst();
    }

    void created(String incidentId, String channelId, Instant at) {
        ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO slack_incident_channel (incident_id, channel_id, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (incident_id) DO NOTHING", incidentId, channelId, Timestamp.from(at)));
    }

    void headlinePosted(String incidentId, String ts) {
        ownTransaction.executeWithoutResult(status ->
                jdbc.update("UPDATE slack_incident_channel SET headline_ts = ? WHERE incident_id = ?", ts, incidentId));
    }
}
