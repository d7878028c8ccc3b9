package io.incidentledger.status.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.ComponentStatusChanged;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.IncidentReopened;
import io.incidentledger.api.event.IncidentStatusChanged;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.event.PublicUpdatePosted;
import io.incidentledger.api.event.SeverityChanged;
import io.incidentledger.api.event.TitleChanged;
import io.incidentledger.projections.status.IncidentProjector;
import io.incidentledger.projections.status.IncidentView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code status_page_index}: per incident, the view its public events fold to and when the last of them was
 * recorded; and {@code status_page_checkpoint}: the same view after each of those events, which {@code ?at=} reads. Only the events that change the public view are handled, so chat messages are never even decoded; the
 * view's {@code lastSequence} is then that of its last public event, which no output shows.
 */
@Component
@ProcessingGroup(PageIndexProjection.PROCESSING_GROUP)
class PageIndexProjection {

    static final String PROCESSING_GROUP = "status-page-index";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PageIndexProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(IncidentDeclared event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, @SequenceNumber Long sequence) throws JsonProcessingException {
        fold(event, eventId, recordedAt, sequence);
    }

    @EventHandler
    void on(IncidentStatusChanged event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, @SequenceNumber Long sequence) throws JsonProcessingException {
        fold(event, eventId, recordedAt, sequence);
    }

    @EventHandler
    void on(IncidentReopened event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, @SequenceNumber Long sequence) throws JsonProcessingException {
        fold(event, eventId, recordedAt, sequence);
    }

    @EventHandler
    void on(PublicUpdatePosted event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, @SequenceNumber Long sequence) throws JsonProcessingException {
        fold(event, eventId, recordedAt, sequence);
    }

    @EventHandler
    void on(TitleChanged event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, @SequenceNumber Long sequence) throws JsonProcessingException {
        fold(event, eventId, recordedAt, sequence);
    }

    @EventHandler
    void on(SeverityChanged event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, @SequenceNumber Long sequence) throws JsonProcessingException {
        fold(event, eventId, recordedAt, sequence);
    }

    @EventHandler
    void on(ComponentStatusChanged event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, @SequenceNumber Long sequence) throws JsonProcessingException {
        fold(event, eventId, recordedAt, sequence);
    }

    private void fold(IncidentEvent event, String eventId, Instant recordedAt, long sequence) throws JsonProcessingException {
        String id = event.incidentId().value();
        List<Stored> stored = jdbc.query("select view, changed_at from status_page_index where incident_id = ?",
                (row, n) -> new Stored(row.getString(1), row.getTimestamp(2).toInstant()), id);
        IncidentView before = stored.isEmpty() ? null : json.readValue(stored.get(0).view(), IncidentView.class);
        // built as the ledger's reader builds it: event id, aggregate sequence, stored time
        var ledgerEvent = new LedgerEvent(eventId, event.incidentId(), sequence, recordedAt, event);
        IncidentView after = IncidentProjector.apply(before, ledgerEvent);
        if (after == null || after == before) {
            return;
        }
        // the latest time so far: should a later event ever carry an earlier time, checkpoints stay in time order
        Instant changedAt = stored.isEmpty() || recordedAt.isAfter(stored.get(0).changedAt()) ? recordedAt : stored.get(0).changedAt();
        Timestamp at = Timestamp.from(changedAt);
        String view = json.writeValueAsString(after);
        Timestamp resolvedAt = after.resolvedAt() == null ? null : Timestamp.from(after.resolvedAt());
        jdbc.update("insert into status_page_index (incident_id, declared_at, created_at, number, changed_at, open, "
                + "resolved_at, affects_components, view) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (incident_id) "
                + "do update set created_at = excluded.created_at, changed_at = excluded.changed_at, open = excluded.open, "
                + "resolved_at = excluded.resolved_at, affects_components = excluded.affects_components, view = excluded.view",
                id, at, Timestamp.from(after.createdAt()), after.ref().number(), at, after.unresolved(), resolvedAt,
                !after.componentHistory().isEmpty(), view);
        jdbc.update("insert into status_page_checkpoint (incident_id, sequence, changed_at, view) values (?, ?, ?, ?) "
                + "on conflict do nothing", id, sequence, at, view);
    }

    private record Stored(String view, Instant changedAt) {
    }
}
