package io.incidentledger.status.maintenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.maintenance.MaintenanceEvent;
import io.incidentledger.projections.maintenance.MaintenanceProjector;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.projections.maintenance.MaintenanceViews;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import io.incidentledger.status.StatusInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Folds maintenance events into {@code maintenance_view}, one row per window, in the tracking processor
 * {@value #PROCESSING_GROUP}: the row and the token commit together, so no event is folded twice. Windows are
 * few and small, so a table read by the page's render after each change is cheaper than a Kafka view of their own.
 */
@Component
@ProcessingGroup(JdbcMaintenanceViews.PROCESSING_GROUP)
class JdbcMaintenanceViews implements MaintenanceViews {

    static final String PROCESSING_GROUP = "maintenance-view";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    JdbcMaintenanceViews(JdbcTemplate jdbc, ObjectMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    @EventHandler
    void on(MaintenanceEvent event, @MessageIdentifier String eventId) throws JsonProcessingException {
        long number = event.ref().number();
        List<String> stored = jdbc.queryForList("SELECT view FROM maintenance_view WHERE number = ?", String.class, number);
        MaintenanceView before = stored.isEmpty() ? null : json.readValue(stored.get(0), MaintenanceView.class);
        MaintenanceView after = MaintenanceProjector.apply(before, event, eventId);
        if (after != null) {
            jdbc.update("INSERT INTO maintenance_view (number, view) VALUES (?, ?) "
                    + "ON CONFLICT (number) DO UPDATE SET view = EXCLUDED.view", number, json.writeValueAsString(after));
            // the live page reads the windows again once this batch commits
            events.publishEvent(new StatusInputsChanged("maintenance window"));
        }
    }

    @Override
    public List<MaintenanceView> all() {
        return jdbc.queryForList("SELECT view FROM maintenance_view ORDER BY number DESC", String.class).stream()
                .map(this::read).toList();
    }

    private MaintenanceView read(String stored) {
        try {
            return json.readValue(stored, MaintenanceView.class);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("A stored maintenance view could not be read", unreadable);
        }
    }
}
