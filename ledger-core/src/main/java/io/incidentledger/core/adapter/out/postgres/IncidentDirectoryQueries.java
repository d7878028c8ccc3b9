package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.query.FindIncident;
import io.incidentledger.api.query.FindIncidentsInChannel;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.api.query.ListOpenIncidents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the command side's questions from the directory that the subscribing projection keeps. */
@Component
class IncidentDirectoryQueries {

    private static final String SELECT = "SELECT d.* FROM incident_directory d ";

    private final JdbcTemplate jdbc;

    IncidentDirectoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<IncidentSummary> handle(FindIncident query) {
        return jdbc.query(SELECT + "WHERE d.number = ?", IncidentDirectoryQueries::summary, query.ref().number())
                .stream().findFirst();
    }

    @QueryHandler
    List<IncidentSummary> handle(FindIncidentsInChannel query) {
        return jdbc.query(SELECT + "JOIN incident_channel c ON c.incident_id = d.incident_id "
                + "WHERE c.platform = ? AND c.channel_id = ? AND d.status <> 'closed' ORDER BY d.number DESC",
                IncidentDirectoryQueries::summary, query.platform().name(), query.channelId());
    }

    @QueryHandler
    List<IncidentSummary> handle(ListOpenIncidents query) {
        return jdbc.query(SELECT + "WHERE d.status <> 'closed' ORDER BY d.number DESC", IncidentDirectoryQueries::summary);
    }

    private static IncidentSummary summary(ResultSet row, int n) throws SQLException {
        return new IncidentSummary(IncidentId.of(row.getString("incident_id")), new IncidentRef(row.getLong("number")),
                row.getString("title"), IncidentStatus.parse(row.getString("status")).orElseThrow(),
                Severity.valueOf(row.getString("severity")), user(row, "lead"), user(row, "comms"),
                user(row, "scribe"), row.getString("summary"), row.getString("impact"),
                row.getTimestamp("declared_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static ChatUser user(ResultSet row, String role) throws SQLException {
        String id = row.getString(role + "_id");
        return id == null ? null : new ChatUser(id, row.getString(role + "_name"));
    }
}
