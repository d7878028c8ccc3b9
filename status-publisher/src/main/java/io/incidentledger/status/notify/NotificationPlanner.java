package io.incidentledger.status.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.ChatMessageDeleted;
import io.incidentledger.api.event.ChatMessageEdited;
import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.IncidentReopened;
import io.incidentledger.api.event.IncidentStatusChanged;
import io.incidentledger.api.event.MessagePinned;
import io.incidentledger.api.event.PublicUpdatePosted;
import io.incidentledger.api.event.ReactionAdded;
import io.incidentledger.api.history.StoredAuthor;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.NotificationRouteProperties;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.history.PageHistory;
import io.incidentledger.status.names.DisplayNames;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Follows the ledger in the tracking processor {@value #PROCESSING_GROUP} (token in PostgreSQL) and plans one
 * outbox row per route for each status change, resolve and public update. Only planning happens here, in the
 * processor's transaction; sending is the dispatcher's, so a dead route never holds up the ledger's followers.
 */
@Component
@ProcessingGroup(NotificationPlanner.PROCESSING_GROUP)
public class NotificationPlanner {

    static final String PROCESSING_GROUP = "status-notifications";

    private final NotificationOutbox outbox;
    private final PageHistory history;
    private final DisplayNames names;
    private final StatusPageProperties properties;
    private final NotificationTemplates templates;
    private final ObjectMapper json;
    private final Clock clock;

    public NotificationPlanner(NotificationOutbox outbox, PageHistory history, DisplayNames names,
                        StatusPageProperties properties, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.history = history;
        this.names = names;
        this.properties = properties;
        this.templates = new NotificationTemplates(properties.notifications().templates(), properties.url());
        this.json = json;
        this.clock = clock;
    }

    // chat events notify nobody: only their author's name is learnt, as stored; being the most specific handlers,
    // these take them from on(IncidentEvent), which would decode (and so unseal) every chat message of the ledger
    @EventHandler(payloadType = ChatMessageRecorded.class)
    public void said(@StoredAuthor ChatOrigin by) {
        remember(by);
    }

    @EventHandler(payloadType = ChatMessageEdited.class)
    public void edited(@StoredAuthor ChatOrigin by) {
        remember(by);
    }

    @EventHandler(payloadType = ChatMessageDeleted.class)
    public void deleted(@StoredAuthor ChatOrigin by) {
        remember(by);
    }

    @EventHandler(payloadType = ReactionAdded.class)
    public void reacted(@StoredAuthor ChatOrigin by) {
        remember(by);
    }

    @EventHandler(payloadType = MessagePinned.class)
    public void pinned(@StoredAuthor ChatOrigin by) {
        remember(by);
    }

    private void remember(ChatOrigin by) {
        // null when the stored form has no readable author: the name is learnt from the author's next event
        if (by != null) {
            names.remember(by.user().id(), by.user().name());
        }
    }

    @EventHandler
    public void on(IncidentEvent event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
                   @SequenceNumber Long sequence) throws JsonProcessingException {
        remember(event.by());
        var notifications = properties.notifications();
        if (notifications.routes().isEmpty() || recordedAt.isBefore(clock.instant().minus(notifications.maxAge()))) {
            return;
        }
        NotificationKind kind;
        String text;
        if (event instanceof IncidentStatusChanged changed) {
            kind = changed.to() == IncidentStatus.RESOLVED ? NotificationKind.RESOLVED : NotificationKind.STATUS_CHANGED;
            text = changed.message();
        } else if (event instanceof IncidentReopened reopened) {
            kind = NotificationKind.STATUS_CHANGED;
            text = reopened.reason();
        } else if (event instanceof PublicUpdatePosted update) {
            kind = NotificationKind.UPDATE_POSTED;
            text = update.message();
        } else {
            return;
        }
        IncidentView incident = history.incidentAt(event.incidentId(), sequence == null ? Long.MAX_VALUE : sequence);
        String rendered = templates.render(kind, incident, text);
        String payload = json.writeValueAsString(payload(eventId, kind, incident, rendered, text, event));
        for (NotificationRouteProperties route : notifications.routes()) {
            String routeText = templates.render(kind, incident, text, ChatEscaping.forRoute(route.type()));
            outbox.enqueue(eventId, route.name(), kind, incident.ref().toString(), routeText, payload);
        }
    }

    private Map<String, Object> payload(String eventId, NotificationKind kind, IncidentView incident, String rendered,
                                        String message, IncidentEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("kind", kind.key());
        body.put("occurred_at", event.at().toString());
        body.put("text", rendered);
        body.put("message", message);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", incident.incidentId().value());
        about.put("ref", incident.ref().toString());
        about.put("name", incident.title());
        about.put("status", io.incidentledger.status.statuspage.StatuspageMapper.wireStatus(incident.status()));
        about.put("impact", incident.impact());
        about.put("shortlink", properties.url() + "/#" + incident.ref().slug());
        body.put("incident", about);
        return body;
    }
}
