package io.incidentledger.app.testdata;

import io.incidentledger.api.command.CloseIncident;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Platform;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test classes share one ledger; a test about the all-clear page first closes what earlier tests left open,
 * as an operator would, through the ledger's own commands.
 */
public final class OpenIncidents {

    private OpenIncidents() {
    }

    public static void closeAll(JdbcTemplate jdbc, CommandGateway commands, String why) {
        var operator = new ChatOrigin(Platform.API, null, new ChatUser("test-operator", "test operator"));
        jdbc.queryForList("SELECT incident_id FROM incident_directory WHERE status <> 'closed'", String.class)
                .forEach(id -> commands.sendAndWait(new CloseIncident(IncidentId.of(id), why, operator, null, Instant.now())));
    }
}
