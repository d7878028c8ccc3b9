package io.incidentledger.status.notify;

import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.statuspage.StatuspageMapper;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the configured templates ({@code status-page.notifications.templates.<kind>}). Placeholders: {ref},
 * {title}, {status}, {impact}, {message}, {url}; an unknown one stays as typed, so a typo shows instead of vanishing.
 */
final class NotificationTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final Map<String, String> templates;
    private final String pageUrl;

    NotificationTemplates(Map<String, String> templates, String pageUrl) {
        this.templates = Map.copyOf(templates);
        this.pageUrl = pageUrl;
    }

    String render(NotificationKind kind, IncidentView incident, String message) {
        return render(kind, incident, message, ChatEscaping.NONE);
    }

    /** Values typed by people are escaped for the route's markup; the template itself is trusted config. */
    String render(NotificationKind kind, IncidentView incident, String message, ChatEscaping escaping) {
        Map<String, String> values = Map.of(
                "ref", incident.ref().toString(),
                "title", escaping.escape(incident.title()),
                "status", StatuspageMapper.wireStatus(incident.status()),
                "impact", escaping.escape(incident.impact()),
                "message", escaping.escape(message),
                "url", pageUrl + "/#" + incident.ref().slug());
        Matcher matcher = PLACEHOLDER.matcher(templates.getOrDefault(kind.key(), kind.defaultTemplate()));
        var text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(text);
        return text.toString().replaceAll(" {2,}", " ").strip();
    }
}
