package io.incidentledger.status.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.projections.status.IncidentView;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code status_page_index}: the incidents the page at an instant can show. That is those declared by then
 * and open then, or changed within the uptime bars' reach before it (the past list's 14 days lie inside it), the 50
 * newest (the JSON and the feeds), and the last one changed (the page's {@code updated_at}).
 */
@Component
class PageIndex {

    /** The uptime bars' 90 days, and a day more for the page's time zone. */
    static final Duration REACH = Duration.ofDays(91);
    static final int NEWEST = 50;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ProcessorProgress progress;

    PageIndex(JdbcTemplate jdbc, ObjectMapper json, ProcessorProgress progress) {
        this.jdbc = jdbc;
        this.json = json;
        this.progress = progress;
    }

    /** One incident's row: its view, which is its view at any instant from {@code changedAt} on. */
    record Row(String incidentId, Instant changedAt, IncidentView view) {
    }

    List<Row> shownAt(Instant at) {
        Timestamp t = Timestamp.from(at);
        return jdbc.query("select incident_id, changed_at, view from status_page_index where declared_at <= ? "
                        + "and (open or changed_at >= ?) union select incident_id, changed_at, view from "
                        + "(select * from status_page_index where declared_at <= ? order by created_at desc, number desc "
                        + "limit " + NEWEST + ") newest union select incident_id, changed_at, view from "
                        + "(select * from status_page_index where declared_at <= ? order by changed_at desc limit 1) last",
                (row, n) -> new Row(row.getString(1), row.getTimestamp(2).toInstant(), read(row.getString(3))),
                t, Timestamp.from(at.minus(REACH)), t, t);
    }

    /** Whether the index holds every event stored up to {@code at}: until then, only a fold of all is right. */
    boolean complete(Instant at) {
        return progress.handledUpTo(PageIndexProjection.PROCESSING_GROUP, at);
    }

    private IncidentView read(String stored) {
        try {
            return json.readValue(stored, IncidentView.class);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("A stored status page index view could not be read", unreadable);
        }
    }
}
