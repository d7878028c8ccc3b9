package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.event.ChannelLinked;
import io.incidentledger.api.event.ImpactChanged;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.IncidentReopened;
import io.incidentledger.api.event.IncidentStatusChanged;
import io.incidentledger.api.event.RoleAssigned;
import io.incidentledger.api.event.RoleUnassigned;
import io.incidentledger.api.event.SeverityChanged;
import io.incidentledger.api.event.SummaryChanged;
import io.incidentledger.api.event.TitleChanged;
import io.incidentledger.api.id.IncidentStatus;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code incident_directory} and {@code incident_channel} in step with the ledger, in the same transaction. */
@Component
@ProcessingGroup(IncidentDirectoryProjection.PROCESSING_GROUP)
class IncidentDirectoryProjection {

    static final String PROCESSING_GROUP = "incident-directory";

    private final JdbcTemplate jdbc;
    private final ChannelIncidents channels;

    IncidentDirectoryProjection(JdbcTemplate jdbc, ChannelIncidents channels) {
        this.jdbc = jdbc;
        this.channels = channels;
    }

    @EventHandler
    void on(IncidentDeclared e) {
        jdbc.update("""
                INSERT INTO incident_directory (number, incident_id, declared_at, title, status, severity, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", e.ref().number(), e.incidentId().value(), ts(e), e.title(),
                IncidentStatus.INVESTIGATING.wireName(), e.severity().name(), ts(e));
    }

    @EventHandler
    void on(IncidentStatusChanged e) {
        set(e, "status", e.to().wireName());
        if (e.to() == IncidentStatus.CLOSED) {
            channels.changed();
        }
    }

    @EventHandler
    void on(IncidentReopened e) {
        set(e, "status", IncidentStatus.INVESTIGATING.wireName());
        channels.changed();
    }

    @EventHandler
    void on(SeverityChanged e) {
        set(e, "severity", e.to().name());
    }

    @EventHandler
    void on(TitleChanged e) {
        set(e, "title", e.to());
    }

    @EventHandler
    void on(SummaryChanged e) {
        set(e, "summary", e.to());
    }

    @EventHandler
    void on(ImpactChanged e) {
        set(e, "impact", e.to());
    }

    @EventHandler
    void on(RoleAssigned e) {
        String role = e.role().wireName();
        jdbc.update("UPDATE incident_directory SET " + role + "_id = ?, " + role + "_name = ?, updated_at = ? "
                + "WHERE incident_id = ?", e.assignee().id(), e.assignee().name(), ts(e), e.incidentId().value());
    }

    @EventHandler
    void on(RoleUnassigned e) {
        String role = e.role().wireName();
        jdbc.update("UPDATE incident_directory SET " + role + "_id = NULL, " + role + "_name = NULL, updated_at = ? "
                + "WHERE incident_id = ?", ts(e), e.incidentId().value());
    }

    @EventHandler
    void on(ChannelLinked e) {
        jdbc.update("INSERT INTO incident_channel (platform, channel_id, incident_id, linked_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", e.by().platform().name(), e.channelId(), e.incidentId().value(), ts(e));
        channels.changed();
    }

    // column names come from the fixed set above, never from input
    private void set(IncidentEvent e, String column, String value) {
        jdbc.update("UPDATE incident_directory SET " + column + " = ?, updated_at = ? WHERE incident_id = ?",
                value, ts(e), e.incidentId().value());
    }

    private static Timestamp ts(IncidentEvent e) {
        return Timestamp.from(e.at());
    }
}
