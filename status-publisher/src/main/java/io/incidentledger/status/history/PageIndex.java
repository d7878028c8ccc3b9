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
 * Reads {@code status_page_index} and {@code status_page_checkpoint}: for each {@link Shown} selection, the incidents
 * an output at an instant can show, each as its last checkpoint then. A row whose last change lies before the instant
 * is that incident as it was then, so the selections filter on the rows' own columns and read only what is shown.
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

    /** One query per selection: the incidents it names, each by its last checkpoint at or before {@code at}. */
    List<Row> shownAt(Shown shown, Instant at) {
        Timestamp t = Timestamp.from(at);
        return switch (shown) {
            case OPEN -> atCheckpoints(MAYBE_UNRESOLVED + " union " + LAST, t, t, t, t);
            case NEWEST -> atCheckpoints(NEWEST_DECLARED + " union " + LAST, t, t, t);
            case PAGE -> atCheckpoints(MAYBE_UNRESOLVED + " union " + PAST_LISTED + " union " + UPTIME + " union " + LAST,
                    t, t, t, t, Timestamp.from(at.minus(PastList.DAYS)), t, Timestamp.from(at.minus(REACH)), t);
        };
    }

    /**
     * Those that can be unresolved then: open now, or changed since. Every other one is as its row shows it, so
     * the selections below read the rows' own columns.
     */
    private static final String MAYBE_UNRESOLVED = "select incident_id from status_page_index where declared_at <= ? "
            + "and (open or changed_at > ?)";

    private static final String NEWEST_DECLARED = "select incident_id from (select incident_id from status_page_index "
            + "where declared_at <= ? order by created_at desc, number desc limit " + NEWEST + ") newest";

    /** One more than the past list shows, so the page knows there are more: resolved then and left alone since. */
    private static final String PAST_LISTED = "select incident_id from (select incident_id from status_page_index "
            + "where changed_at <= ? and not open and (resolved_at is null or resolved_at >= ?) "
            + "order by created_at desc, number desc limit " + (PastList.LISTED + 1) + ") past";

    /** A component history only grows, so one empty now was empty then; the bars reach back {@link #REACH}. */
    private static final String UPTIME = "select incident_id from status_page_index where declared_at <= ? "
            + "and affects_components and (open or changed_at >= ?)";

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
