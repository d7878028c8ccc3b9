package io.incidentledger.subscribers.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.maintenance.MaintenanceCompleted;
import io.incidentledger.api.maintenance.MaintenanceEvent;
import io.incidentledger.api.maintenance.MaintenanceScheduled;
import io.incidentledger.api.maintenance.MaintenanceStarted;
import io.incidentledger.projections.maintenance.MaintenanceProjector;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.subscribers.SubscribersProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The incident planner's twin for maintenance, in the same tracking processor and outbox: a window scheduled,
 * started and completed is one message each for the confirmed subscribers of its components.
 */
@Component
@ConditionalOnProperty(name = "subscribers.enabled", havingValue = "true", matchIfMissing = true)
@ProcessingGroup(SubscriberPlanner.PROCESSING_GROUP)
class MaintenancePlanner {

    private final DeliveryOutbox outbox;
    private final LedgerHistory ledger;
    private final CurrentIncidents current;
    private final SubscribersProperties properties;
    private final MaintenanceComposer composer;
    private final Clock clock;

    MaintenancePlanner(DeliveryOutbox outbox, LedgerHistory ledger, CurrentIncidents current,
                       StatusPageProperties page, ComponentCatalog catalog, SubscribersProperties properties,
                       ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.ledger = ledger;
        this.current = current;
        this.properties = properties;
        this.composer = new MaintenanceComposer(page, catalog, json);
        this.clock = clock;
    }

    @EventHandler
    void on(MaintenanceEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            @SequenceNumber Long sequence) throws JsonProcessingException {
        String kind = event instanceof MaintenanceScheduled ? "maintenance-scheduled"
                : event instanceof MaintenanceStarted ? "maintenance-started"
                : event instanceof MaintenanceCompleted ? "maintenance-completed" : null;
        if (kind == null || !properties.enabled()
                || recordedAt.isBefore(clock.instant().minus(properties.delivery().maxAge()))) {
            return;
        }
        MaintenanceView window = windowAt(event, sequence);
        if (window == null) {
            return;
        }
        outbox.plan(composer.compose(eventId, kind, window, unresolved(), clock.instant()),
                window.components());
    }

    /** The window as this event left it: its own stream folded up to the event, as the page's view folds it. */
    private MaintenanceView windowAt(MaintenanceEvent event, long sequence) {
        MaintenanceView[] window = new MaintenanceView[1];
        ledger.readWindow(event.ref(), earlier -> {
            if (earlier.sequence() <= sequence) {
                window[0] = MaintenanceProjector.apply(window[0], earlier.event(), earlier.eventId());
            }
        });
        return window[0];
    }

    private List<IncidentView> unresolved() {
        try {
            return current.all().stream().filter(IncidentView::unresolved).toList();
        } catch (ViewNotReady starting) {
            return List.of();
        }
    }
}
