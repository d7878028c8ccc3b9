package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.core.application.MaintenanceNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class PostgresMaintenanceNumbers implements MaintenanceNumbers {

    private final JdbcTemplate jdbc;

    PostgresMaintenanceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MaintenanceRef next() {
        return new MaintenanceRef(jdbc.queryForObject("SELECT nextval('maintenance_number_seq')", Long.class));
    }
}
