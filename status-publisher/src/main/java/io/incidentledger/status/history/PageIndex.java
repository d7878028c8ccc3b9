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
 * Reads {@code status_page_index} and {@code status_page_checkpoint}: the incidents the page at an instant can show. That is those declared by then
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

    /** One incident as the page at an instant shows it: its last checkpoint then, and when that was recorded. */
    record Row(String incidentId, Instant changedAt, IncidentView view) {
    }

    /**
     * One query: the incidents above, each by its last checkpoint at or before {@code at} (an index scan per
     * incident), so nothing is folded; the last one changed by then comes from the checkpoints themselves.
     */
    List<Row> shownAt(Instant at) {
        Timestamp t = Timestamp.from(at);
        return atCheckpoints("select incident_id from status_page_index where declared_at <= ? and (open or changed_at >= ?) "
                + "union select incident_id from (select incident_id from status_page_index where declared_at <= ? "
                + "order by created_at desc, number desc limit " + NEWEST + ") newest union " + LAST,
                t, t, Timestamp.from(at.minus(REACH)), t, t);
    }

    /**
     * Only those that can be unresolved at {@code at} (open now, or changed since), and the last one changed by then:
     * all that the outputs showing no resolved incident need, their {@code updated_at} included.
     */
    List<Row> openAt(Instant at) {
        Timestamp t = Timestamp.from(at);
        return atCheckpoints("select incident_id from status_page_index where declared_at <= ? and (open or changed_at > ?) "
                + "union " + LAST, t, t, t, t);
    }

    private static final String LAST = "select incident_id from (select incident_id from status_page_checkpoint "
            + "where changed_at <= ? order by changed_at desc limit 1) last";

    /** The instant first, then the selection's own parameters. */
    private List<Row> atCheckpoints(String selection, Timestamp at, Object... parameters) {
        var all = new Object[parameters.length + 1];
        System.arraycopy(parameters, 0, all, 0, parameters.length);
        all[parameters.length] = at;
        return jdbc.query("with shown as (" + selection + ") select c.incident_id, c.changed_at, c.view from shown "
                        + "cross join lateral (select incident_id, changed_at, view from status_page_checkpoint c "
                        + "where c.incident_id = shown.incident_id and c.changed_at <= ? "
                        + "order by c.changed_at desc, c.sequence desc limit 1) c",
                (row, n) -> new Row(row.getString(1), row.getTimestamp(2).toInstant(), read(row.getString(3))), all);
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
