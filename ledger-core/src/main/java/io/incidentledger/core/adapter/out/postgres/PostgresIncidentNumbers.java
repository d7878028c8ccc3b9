package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.core.application.IncidentNumbers;
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
}
