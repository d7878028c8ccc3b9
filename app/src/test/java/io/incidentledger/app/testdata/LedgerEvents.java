package io.incidentledger.app.testdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.incidentledger.api.json.LedgerJson;
import java.io.UncheckedIOException;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the event store directly: what the ledger holds is what a test asserts, never a view of it. */
public final class LedgerEvents {

    private static final String OF_INCIDENT = " FROM domainevententry e JOIN incident_directory d "
            + "ON d.incident_id = e.aggregateidentifier WHERE d.number = ?";

    private LedgerEvents() {
    }

    /** Every event of {@code ref}, or those of one type when {@code type} (a simple class name) is given. */
    public static long count(JdbcTemplate jdbc, String ref, String type) {
        return type == null
                ? jdbc.queryForObject("SELECT count(*)" + OF_INCIDENT, Long.class, number(ref))
                : jdbc.queryForObject("SELECT count(*)" + OF_INCIDENT + " AND e.payloadtype LIKE ?", Long.class,
                        number(ref), "%." + type);
    }

    /** The first event of that type as the ledger reads it (through {@code events}: chat text is stored sealed), as JSON. */
    public static String firstPayload(JdbcTemplate jdbc, Serializer events, String ref, String type) {
        return json(jdbc.queryForObject("SELECT e.payload, e.payloadtype, e.payloadrevision" + OF_INCIDENT
                        + " AND e.payloadtype LIKE ? ORDER BY e.globalindex LIMIT 1", (row, n) -> events.deserialize(
                        new SimpleSerializedObject<>(row.getBytes(1), byte[].class, row.getString(2), row.getString(3))),
                number(ref), "%." + type));
    }

    /** Every event of that type of {@code ref} as the ledger reads it, each as JSON. */
    public static List<String> payloads(JdbcTemplate jdbc, Serializer events, String ref, String type) {
        return jdbc.query("SELECT e.payload, e.payloadtype, e.payloadrevision" + OF_INCIDENT + " AND e.payloadtype LIKE ?",
                (row, n) -> json(events.deserialize(new SimpleSerializedObject<>(row.getBytes(1), byte[].class,
                        row.getString(2), row.getString(3)))), number(ref), "%." + type);
    }

    /** Every event of the aggregate {@code incidentId} as the ledger reads it, each as JSON. */
    public static List<String> payloadsOf(JdbcTemplate jdbc, Serializer events, String incidentId) {
        return jdbc.query("SELECT payload, payloadtype, payloadrevision FROM domainevententry WHERE aggregateidentifier = ?",
                (row, n) -> json(events.deserialize(new SimpleSerializedObject<>(row.getBytes(1), byte[].class,
                        row.getString(2), row.getString(3)))), incidentId);
    }

    private static String json(Object event) {
        try {
            return LedgerJson.newMapper().writeValueAsString(event);
        } catch (JsonProcessingException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static long number(String ref) {
        return Long.parseLong(ref.substring(4));
    }
}
