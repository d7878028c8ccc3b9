package io.incidentledger.status.maintenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.maintenance.MaintenanceEvent;
import io.incidentledger.projections.maintenance.MaintenanceProjector;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.status.history.ProcessorProgress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every maintenance event with its stored time, in {@code maintenance_history}, kept by the tracking processor
 * {@value #PROCESSING_GROUP}; the windows as of an instant are folded from these few rows with the live view's
 * {@link MaintenanceProjector}, instead of from the whole ledger.
 */
@Component
@ProcessingGroup(MaintenanceEventLog.PROCESSING_GROUP)
public class MaintenanceEventLog {

    static final String PROCESSING_GROUP = "maintenance-history";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ProcessorProgress progress;

    MaintenanceEventLog(JdbcTemplate jdbc, ObjectMapper json, ProcessorProgress progress) {
        this.jdbc = jdbc;
        this.json = json;
        this.progress = progress;
    }

    @EventHandler
    void on(MaintenanceEvent event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt, @SequenceNumber Long sequence) throws JsonProcessingException {
        jdbc.update("insert into maintenance_history (event_id, number, sequence, recorded_at, type, event) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing", eventId,
                event.ref().number(), sequence, Timestamp.from(recordedAt), event.getClass().getName(),
                json.writeValueAsString(event));
    }

    /** The windows as they stood at {@code at}; none while this log may still miss an event stored up to it. */
    public Optional<List<MaintenanceView>> asOf(Instant at) {
        return progress.handledUpTo(PROCESSING_GROUP, at) ? Optional.of(folded(at)) : Optional.empty();
    }

    /** The windows at {@code at} from this log, which must hold every maintenance event stored up to then. */
    public List<MaintenanceView> folded(Instant at) {
        Map<Long, MaintenanceView> views = new LinkedHashMap<>();
        jdbc.query("select number, event_id, type, event from maintenance_history where recorded_at <= ? "
                + "order by number, sequence", row -> {
                    String eventId = row.getString(2);
                    MaintenanceEvent event = read(row.getString(3), row.getString(4));
                    views.compute(row.getLong(1), (number, view) -> MaintenanceProjector.apply(view, event, eventId));
                }, Timestamp.from(at));
        return views.values().stream().filter(Objects::nonNull).toList();
    }

    private MaintenanceEvent read(String type, String stored) {
        try {
            return (MaintenanceEvent) json.readValue(stored, Class.forName(type));
        } catch (JsonProcessingException | ClassNotFoundException unreadable) {
            throw new IllegalStateException("A stored maintenance event could not be read", unreadable);
        }
    }
}
