package io.incidentledger.core.adapter.out.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.audit.CommandAttempted;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.query.FindCommandHistory;
import io.incidentledger.api.query.FindIncidentChannels;
import io.incidentledger.api.query.IncidentChannel;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
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

    // read as text and parsed here: a command text may hold \u0000, which PostgreSQL's jsonb refuses for every row
    private static final String HISTORY = "SELECT timestamp, convert_from(payload, 'UTF8') AS payload "
            + "FROM domainevententry WHERE payloadtype = ? AND convert_from(payload, 'UTF8') LIKE ? "
            + "ORDER BY globalindex LIMIT 500";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    CommandHistoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<CommandAttempted> handle(FindCommandHistory query) {
        IncidentRef ref = query.ref();
        List<CommandAttempted> history = new ArrayList<>();
        jdbc.query(HISTORY, (ResultSet row) -> {
            JsonNode j = read(row.getString("payload"));
            if (ref.toString().equals(j.path("ref").asText())) {
                JsonNode by = j.path("by");
                history.add(new CommandAttempted(ref, text(j, "command"), text(j, "text"),
                        new ChatOrigin(Platform.valueOf(by.path("platform").asText()), text(by, "channelId"),
                                new ChatUser(text(by.path("user"), "id"), text(by.path("user"), "name"))),
                        text(j, "deliveryId"), j.path("accepted").asBoolean(), text(j, "outcome"),
                        Instant.parse(row.getString("timestamp"))));
            }
        }, CommandAttempted.class.getName(), "%\"ref\":\"" + ref + "\"%");
        return history;
    }

    private static JsonNode read(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException unreadable) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    @QueryHandler
    List<IncidentChannel> handle(FindIncidentChannels query) {
        return jdbc.query("SELECT c.platform, c.channel_id FROM incident_channel c JOIN incident_directory d "
                        + "ON d.incident_id = c.incident_id WHERE d.number = ? ORDER BY c.linked_at",
                (row, n) -> new IncidentChannel(Platform.valueOf(row.getString("platform")), row.getString("channel_id")),
                query.ref().number());
    }
}
