package io.incidentledger.status.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.status.NotificationRouteProperties;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.projections.maintenance.MaintenanceView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Plans the one reminder per route before a window starts. Its outbox id names the window and occurrence, so the
 * schedule may ask on every pass and from every instance: the outbox keeps the first and ignores the rest.
 */
@Component
public class MaintenanceReminders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final NotificationOutbox outbox;
    private final StatusPageProperties properties;
    private final ObjectMapper json;

    public MaintenanceReminders(NotificationOutbox outbox, StatusPageProperties properties, ObjectMapper json) {
        this.outbox = outbox;
        this.properties = properties;
        this.json = json;
    }

    public void remind(MaintenanceView window) throws JsonProcessingException {
        String id = "maintenance-reminder:" + window.ref() + ":" + window.occurrence();
        String when = "from " + window.startsAt() + " to " + window.endsAt() + ".";
        String url = properties.url() + "/#" + window.ref().slug();
        var kind = NotificationKind.MAINTENANCE_REMINDER;
        String payload = json.writeValueAsString(payload(id, window, render(window, when, url, ChatEscaping.NONE), url));
        for (NotificationRouteProperties route : properties.notifications().routes()) {
            outbox.enqueue(id, route.name(), kind, window.ref().toString(),
                    render(window, when, url, ChatEscaping.forRoute(route.type())), payload);
        }
    }

    private String render(MaintenanceView window, String when, String url, ChatEscaping escaping) {
        var kind = NotificationKind.MAINTENANCE_REMINDER;
        Map<String, String> values = Map.of("ref", window.ref().toString(), "title", escaping.escape(window.title()),
                "status", window.status().wireName(), "message", when, "url", url);
        Matcher matcher = PLACEHOLDER.matcher(properties.notifications().templates().getOrDefault(kind.key(), kind.defaultTemplate()));
        var text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(text);
        return text.toString().replaceAll(" {2,}", " ").strip();
    }

    private Map<String, Object> payload(String id, MaintenanceView window, String text, String url) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("kind", NotificationKind.MAINTENANCE_REMINDER.key());
        body.put("text", text);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", window.ref().slug());
        about.put("ref", window.ref().toString());
        about.put("name", window.title());
        about.put("status", window.status().wireName());
        about.put("scheduled_for", window.startsAt().toString());
        about.put("scheduled_until", window.endsAt().toString());
        about.put("shortlink", url);
        body.put("scheduled_maintenance", about);
        return body;
    }
}
