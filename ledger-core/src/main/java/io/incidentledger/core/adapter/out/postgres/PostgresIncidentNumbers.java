package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.core.application.IncidentNumbers;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class PostgresIncidentNumbers implements IncidentNumbers {

    private final JdbcTemplate jdbc;

    PostgresIncidentNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public IncidentRef next() {
        return new IncidentRef(jdbc.queryForObject("SELECT nextval('incident_number_seq')", Long.class));
    }

    @Override
    public void register(IncidentRef ref, IncidentId incidentId, Instant declaredAt) {
        jdbc.update("INSERT INTO incident_directory (number, incident_id, declared_at) VALUES (?, ?, ?)",
                ref.number(), incidentId.value(), Timestamp.from(declaredAt));
    }
}
