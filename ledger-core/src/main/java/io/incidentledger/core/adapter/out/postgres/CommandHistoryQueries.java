package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.audit.CommandAttempted;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.query.FindCommandHistory;
import io.incidentledger.api.query.FindIncidentChannels;
import io.incidentledger.api.query.IncidentChannel;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The console's reads of the command side: an incident's linked channels, and its command history straight from
 * the event store, where {@link CommandAttempted} is kept beside (never inside) the incident's stream.
 */
@Component
class CommandHistoryQueries {

    private static final String HISTORY = "SELECT e.timestamp, j->>'command' AS command, j->>'text' AS text, "
            + "j->'by'->>'platform' AS platform, j->'by'->>'channelId' AS channel, j->'by'->'user'->>'id' AS user_id, "
            + "j->'by'->'user'->>'name' AS user_name, j->>'deliveryId' AS delivery, (j->>'accepted')::boolean AS accepted, "
            + "j->>'outcome' AS outcome FROM domainevententry e, LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS j) p "
            + "WHERE e.payloadtype = ? AND j->>'ref' = ? ORDER BY e.globalindex LIMIT 500";

    private final JdbcTemplate jdbc;

    CommandHistoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<CommandAttempted> handle(FindCommandHistory query) {
        IncidentRef ref = query.ref();
        return jdbc.query(HISTORY, (row, n) -> new CommandAttempted(ref, row.getString("command"), row.getString("text"),
                new ChatOrigin(Platform.valueOf(row.getString("platform")), row.getString("channel"),
                        new ChatUser(row.getString("user_id"), row.getString("user_name"))),
                row.getString("delivery"), row.getBoolean("accepted"), row.getString("outcome"),
                Instant.parse(row.getString("timestamp"))), CommandAttempted.class.getName(), ref.toString());
    }

    @QueryHandler
    List<IncidentChannel> handle(FindIncidentChannels query) {
        return jdbc.query("SELECT c.platform, c.channel_id FROM incident_channel c JOIN incident_directory d "
                        + "ON d.incident_id = c.incident_id WHERE d.number = ? ORDER BY c.linked_at",
                (row, n) -> new IncidentChannel(Platform.valueOf(row.getString("platform")), row.getString("channel_id")),
                query.ref().number());
    }
}
