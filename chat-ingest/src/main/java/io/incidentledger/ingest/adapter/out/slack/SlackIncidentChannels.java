package io.incidentledger.ingest.adapter.out.slack;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which Slack channel and headline message belong to which incident. */
final class SlackIncidentChannels {

    record Location(String channelId, String headlineTs) {
    }

    private final JdbcTemplate jdbc;

    SlackIncidentChannels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Location> find(String incidentId) {
        return jdbc.query("SELECT channel_id, headline_ts FROM slack_incident_channel WHERE incident_id = ?",
                (row, n) -> new Location(row.getString(1), row.getString(2)), incidentId).stream().findFirst();
    }

    void created(String incidentId, String channelId, Instant at) {
        jdbc.update("INSERT INTO slack_incident_channel (incident_id, channel_id, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (incident_id) DO NOTHING", incidentId, channelId, Timestamp.from(at));
    }

    void headlinePosted(String incidentId, String ts) {
        jdbc.update("UPDATE slack_incident_channel SET headline_ts = ? WHERE incident_id = ?", ts, incidentId);
    }
}
