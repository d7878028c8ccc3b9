package io.incidentledger.app.testdata;

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

    public static String firstPayload(JdbcTemplate jdbc, String ref, String type) {
        return jdbc.queryForObject("SELECT convert_from(e.payload, 'UTF8')" + OF_INCIDENT
                + " AND e.payloadtype LIKE ? ORDER BY e.globalindex LIMIT 1", String.class, number(ref), "%." + type);
    }

    private static long number(String ref) {
        return Long.parseLong(ref.substring(4));
    }
}
