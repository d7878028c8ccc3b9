package io.incidentledger.subscribers.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.event.*;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.history.PageHistory;
import io.incidentledger.status.names.DisplayNames;
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
 * Follows the ledger in the tracking processor {@value #PROCESSING_GROUP} and, for a new incident, a public update,
 * a status change and the resolution, writes one message and one delivery row per confirmed subscriber of its
 * components, in one insert and in the processor's transaction. Sending is the dispatcher's, on its own threads.
 */
@Component
@ConditionalOnProperty(name = "subscribers.enabled", havingValue = "true", matchIfMissing = true)
@ProcessingGroup(SubscriberPlanner.PROCESSING_GROUP)
class SubscriberPlanner {

    static final String PROCESSING_GROUP = "subscriber-notifications";

    private final DeliveryOutbox outbox;
    private final PageHistory history;
    private final CurrentIncidents current;
    private final DisplayNames names;
    private final SubscribersProperties properties;
    private final MessageComposer composer;
    private final Clock clock;

    SubscriberPlanner(DeliveryOutbox outbox, PageHistory history, CurrentIncidents current, DisplayNames names,
                      StatusPageProperties page, ComponentCatalog catalog,
                      SubscribersProperties properties, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.history = history;
        this.current = current;
        this.names = names;
        this.properties = properties;
        this.composer = new MessageComposer(page, catalog, json);
        this.clock = clock;
    }

    // one handler per event that notifies, none for the rest: Axon then never decodes (and unseals) a chat message here
    @EventHandler
    void on(IncidentDeclared event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            @SequenceNumber Long sequence) throws JsonProcessingException {
        plan(event, "incident-created", null, eventId, recordedAt, sequence);
    }

    @EventHandler
    void on(IncidentStatusChanged event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            @SequenceNumber Long sequence) throws JsonProcessingException {
        plan(event, event.to() == IncidentStatus.RESOLVED ? "incident-resolved" : "incident-updated", event.message(),
                eventId, recordedAt, sequence);
    }

    @EventHandler
    void on(PublicUpdatePosted event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            @SequenceNumber Long sequence) throws JsonProcessingException {
        plan(event, "incident-updated", event.message(), eventId, recordedAt, sequence);
    }

    @EventHandler
    void on(IncidentReopened event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            @SequenceNumber Long sequence) throws JsonProcessingException {
        plan(event, "incident-updated", event.reason(), eventId, recordedAt, sequence);
    }

    private void plan(IncidentEvent event, String kind, String text, String eventId, Instant recordedAt, Long sequence)
            throws JsonProcessingException {
        if (!properties.enabled() || recordedAt.isBefore(clock.instant().minus(properties.delivery().maxAge()))) {
            return;
        }
        // a declaration's components come in the events right after it, committed with it
        IncidentView incident = history.incidentAt(event.incidentId(),
                event instanceof IncidentDeclared ? Long.MAX_VALUE : sequence);
        var composed = composer.compose(eventId, kind, incident, text, unresolved(incident), names.all());
        outbox.plan(composed, List.copyOf(incident.components().keySet()));
    }

    private List<IncidentView> unresolved(IncidentView incident) {
        try {
            var others = current.all().stream().filter(IncidentView::unresolved)
                    .filter(view -> !view.incidentId().equals(incident.incidentId()));
            return java.util.stream.Stream.concat(others, incident.unresolved() ? java.util.stream.Stream.of(incident)
                    : java.util.stream.Stream.empty()).toList();
        } catch (ViewNotReady starting) {
            return incident.unresolved() ? List.of(incident) : List.of();
        }
    }
}
