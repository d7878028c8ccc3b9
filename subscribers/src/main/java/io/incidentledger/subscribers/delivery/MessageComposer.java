package io.incidentledger.subscribers.delivery;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.html.SlackMarkup;
import io.incidentledger.status.statuspage.PageIndicator;
import io.incidentledger.status.statuspage.StatuspageMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The e-mail texts (plain and HTML) and the Statuspage webhook body of one incident message. */
final class MessageComposer {

    private final StatusPageProperties page;
    private final ComponentCatalog catalog;
    private final ObjectMapper json;

    MessageComposer(StatusPageProperties page, ComponentCatalog catalog, ObjectMapper json) {
        this.page = page;
        this.catalog = catalog;
        this.json = json;
    }

    SubscriberMessage compose(String eventId, String kind, IncidentView incident, String message,
                              List<IncidentView> unresolved, Map<String, String> names) throws JsonProcessingException {
        String status = StatuspageMapper.wireStatus(incident.status());
        String label = Character.toUpperCase(status.charAt(0)) + status.substring(1).replace('_', ' ');
        String update = message == null || message.isBlank() ? incident.title() : SlackMarkup.toPlain(message, names);
        String link = page.url() + "/#" + incident.ref().slug();
        String subject = "[" + page.name() + "] " + (kind.equals("incident-resolved") ? "Resolved: " : label + ": ")
                + incident.title();
        String text = page.name() + "\n\n" + incident.title() + "\nStatus: " + label + "\n\n" + update + "\n\n"
                + "See the status page: " + link + "\n\n-- \nChange what you get: " + SubscriberMessage.MANAGE + "\n"
                + "Unsubscribe: " + SubscriberMessage.UNSUBSCRIBE + "\n";
        String html = "<p><strong>" + htmlEscape(page.name()) + "</strong></p><h1>" + htmlEscape(incident.title())
                + "</h1><p>Status: <strong>" + htmlEscape(label) + "</strong></p><p>" + htmlEscape(update) + "</p>"
                + "<p><a href=\"" + htmlEscape(link) + "\">See the status page</a></p><hr><p><a href=\""
                + SubscriberMessage.MANAGE + "\">Change what you get</a> · <a href=\"" + SubscriberMessage.UNSUBSCRIBE
                + "\">Unsubscribe</a></p>";
        var indicator = PageIndicator.of(unresolved);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", Map.of("id", page.id(), "status_indicator", indicator.indicator(),
                "status_description", indicator.description()));
        body.put("incident", StatuspageMapper.incident(page, catalog, incident, names));
        return new SubscriberMessage(eventId, kind, subject, text, html, json.writeValueAsString(body));
    }
}
