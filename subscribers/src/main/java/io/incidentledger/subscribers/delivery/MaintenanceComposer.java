package io.incidentledger.subscribers.delivery;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.statuspage.PageIndicator;
import io.incidentledger.status.statuspage.StatuspageMaintenances;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The e-mail texts and the Statuspage webhook body (an {@code incident} with {@code impact: maintenance}) of a window. */
final class MaintenanceComposer {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz");

    private final StatusPageProperties page;
    private final ComponentCatalog catalog;
    private final ObjectMapper json;

    MaintenanceComposer(StatusPageProperties page, ComponentCatalog catalog, ObjectMapper json) {
        this.page = page;
        this.catalog = catalog;
        this.json = json;
    }

    SubscriberMessage compose(String eventId, String kind, MaintenanceView window, List<IncidentView> unresolved,
                              Instant now) throws JsonProcessingException {
        String heading = switch (kind) {
            case "maintenance-started" -> "Maintenance in progress";
            case "maintenance-completed" -> "Maintenance completed";
            default -> "Scheduled maintenance";
        };
        String link = page.url() + "/#" + window.ref().slug();
        String when = times(window.startsAt()) + " until " + times(window.endsAt());
        String components = window.components().isEmpty() ? "-" : String.join(", ", window.components());
        String text = page.name() + "\n\n" + heading + ": " + window.title() + "\nWhen: " + when
                + "\nAffected components: " + components + "\n\nSee the status page: " + link
                + "\n\n-- \nChange what you get: " + SubscriberMessage.MANAGE + "\nUnsubscribe: "
                + SubscriberMessage.UNSUBSCRIBE + "\n";
        String html = "<p><strong>" + htmlEscape(page.name()) + "</strong></p><h1>" + htmlEscape(window.title())
                + "</h1><p><strong>" + htmlEscape(heading) + "</strong></p><p>When: " + htmlEscape(when) + "</p>"
                + "<p>Affected components: " + htmlEscape(components) + "</p><p><a href=\"" + htmlEscape(link)
                + "\">See the status page</a></p><hr><p><a href=\"" + SubscriberMessage.MANAGE
                + "\">Change what you get</a> · <a href=\"" + SubscriberMessage.UNSUBSCRIBE + "\">Unsubscribe</a></p>";
        var indicator = PageIndicator.of(unresolved);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", Map.of("id", page.id(), "status_indicator", indicator.indicator(),
                "status_description", indicator.description()));
        var snapshot = new StatusSnapshot(unresolved, now, null, Map.of(), List.of(window));
        body.put("incident", StatuspageMaintenances.maintenance(page, catalog, snapshot, window));
        return new SubscriberMessage(eventId, kind, "[" + page.name() + "] " + heading + ": " + window.title(),
                text, html, json.writeValueAsString(body));
    }

    // UTC for everyone, and the page's own zone beside it when that differs
    private String times(Instant at) {
        String utc = WHEN.withZone(UTC).format(at);
        return page.timeZone().normalized().equals(ZoneOffset.UTC) ? utc
                : utc + " (" + WHEN.withZone(page.timeZone()).format(at) + ")";
    }
}
