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
        Map<String, String> values = Map.of(
                "ref", incident.ref().toString(),
                "title", incident.title(),
                "status", StatuspageMapper.wireStatus(incident.status()),
                "impact", incident.impact(),
                "message", message == null ? "" : message,
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
