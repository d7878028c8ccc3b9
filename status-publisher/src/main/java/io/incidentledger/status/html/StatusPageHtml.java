package io.incidentledger.status.html;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.statuspage.ComponentHealth;
import io.incidentledger.status.statuspage.PageIndicator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The public page: plain semantic HTML, no JavaScript; chat text goes through {@link SlackMarkup}. */
public final class StatusPageHtml {

    static final Duration PAST = Duration.ofDays(14);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private StatusPageHtml() {
    }

    public static String render(StatusPageProperties page, StatusSnapshot snapshot) {
        List<IncidentView> open = snapshot.unresolved();
        var html = new StringBuilder(4096);
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(htmlEscape(page.name())).append("</title>")
                .append("<meta name=\"description\" content=\"").append(htmlEscape(description(page, open)))
                .append("\">")
                // inline, so browsers and crawlers never ask for a /favicon.ico that this app does not serve
                .append("<link rel=\"icon\" href=\"").append(StatusPageStyle.ICON).append("\">")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"history.atom\" title=\"History\">")
                .append("<style>").append(StatusPageStyle.CSS).append("</style></head><body>\n");
        if (snapshot.historical()) {
            html.append("<p class=\"historical\" role=\"note\">Historical view: this is the page as it was at <time datetime=\"")
                    .append(snapshot.asOf()).append("\">").append(WHEN.format(snapshot.asOf()))
                    .append("</time>. <a href=\"./\">See the live page</a></p>\n");
        }
        header(html, page, open);
        html.append("<main>\n");
        components(html, page, snapshot);
        for (IncidentView incident : open) {
            incident(html, incident, snapshot);
        }
        MaintenanceSections.active(html, snapshot);
        MaintenanceSections.upcoming(html, snapshot);
        past(html, snapshot);
        html.append("</main>");
        if (page.consoleUrl() != null && !page.consoleUrl().isBlank()) {
            // a small way in for responders; the console links back here from every page
            html.append("<footer><p><a href=\"").append(htmlEscape(page.consoleUrl()))
                    .append("\">Incident console</a> (for responders, sign-in needed)</p></footer>");
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    /** What search results show under the title: the page's headline now, and what else it holds. */
    private static String description(StatusPageProperties page, List<IncidentView> open) {
        String now = open.isEmpty() ? "no ongoing incidents"
                : open.size() == 1 ? "1 ongoing incident" : open.size() + " ongoing incidents";
        return page.name() + ": " + now + ". Live status of every component, incident updates and the past "
                + PAST.toDays() + " days of incidents, also as JSON, Atom and RSS.";
    }

    private static void header(StringBuilder html, StatusPageProperties page, List<IncidentView> open) {
        String indicator = PageIndicator.of(open).indicator();
        boolean degraded = page.components().stream()
                .anyMatch(component -> !"operational".equals(ComponentHealth.worst(component, open).wireName()));
        String tone = indicator.equals("major") || indicator.equals("critical") ? "outage"
                : open.isEmpty() && !degraded ? "operational" : "degraded";
        html.append("<header class=\"status ").append(tone).append("\"><h1>");
        if (open.isEmpty()) {
            html.append(degraded ? "Degraded performance" : "All Systems Operational").append("</h1></header>\n");
            return;
        }
        html.append(open.size() == 1 ? "Ongoing incident" : open.size() + " ongoing incidents").append("</h1><ul>");
        open.forEach(incident -> html.append("<li><a href=\"#").append(incident.ref().slug()).append("\">")
                .append(htmlEscape(incident.title())).append("</a></li>"));
        html.append("</ul></header>\n");
    }

    private static void components(StringBuilder html, StatusPageProperties page, StatusSnapshot snapshot) {
        if (page.components().isEmpty()) {
            return;
        }
        html.append("<section class=\"components\"><h2>Components</h2><ul>");
        for (String component : page.components()) {
            String status = ComponentHealth.worst(component, snapshot.unresolved(), snapshot.underMaintenance()).wireName();
            html.append("<li class=\"component ").append(status).append("\"><span>").append(htmlEscape(component))
                    .append("</span> <span class=\"component-status\">").append(label(status)).append("</span></li>");
        }
        html.append("</ul></section>\n");
    }

    private static void incident(StringBuilder html, IncidentView incident, StatusSnapshot snapshot) {
        html.append("<section class=\"incident\" id=\"").append(incident.ref().slug()).append("\"><h2>")
                .append(htmlEscape(incident.title())).append("</h2><p class=\"label\"><span class=\"incident-status\">")
                .append(label(incident.status().wireName())).append("</span> · ")
                .append(htmlEscape(incident.impact())).append(" impact</p>");
        if (!incident.components().isEmpty()) {
            html.append("<p class=\"affected\">Affected: ");
            html.append(String.join(", ", incident.components().entrySet().stream()
                    .map(entry -> htmlEscape(entry.getKey()) + " (" + label(entry.getValue().wireName()) + ")").toList()));
            html.append("</p>");
        }
        html.append("<ol class=\"updates\">");
        newestFirst(incident).forEach(update -> html.append("<li><strong>").append(label(update.status().wireName()))
                .append("</strong> – <span class=\"body\">").append(SlackMarkup.toHtml(update.body(), snapshot.names()))
                .append("</span> <time datetime=\"").append(update.createdAt()).append("\">")
                .append(WHEN.format(update.createdAt())).append("</time></li>"));
        html.append("</ol></section>\n");
    }

    /** The resolved incidents the page lists: the only part of the page that depends on the moment shown. */
    public static List<IncidentView> pastIncidents(StatusSnapshot snapshot) {
        Instant since = snapshot.moment().minus(PAST);
        return snapshot.incidents().stream().filter(incident -> !incident.unresolved())
                .filter(incident -> incident.resolvedAt() == null || !incident.resolvedAt().isBefore(since)).toList();
    }

    private static void past(StringBuilder html, StatusSnapshot snapshot) {
        List<IncidentView> past = pastIncidents(snapshot);
        html.append("<section class=\"past\"><h2>Past incidents</h2>");
        if (past.isEmpty()) {
            html.append("<p>No incidents in the last 14 days.</p>");
        } else {
            html.append("<ul>");
            past.forEach(incident -> html.append("<li id=\"").append(incident.ref().slug()).append("\"><strong>")
                    .append(htmlEscape(incident.title())).append("</strong> <span class=\"body\">")
                    .append(SlackMarkup.toHtml(newestFirst(incident).get(0).body(), snapshot.names()))
                    .append("</span> <time datetime=\"").append(resolved(incident)).append("\">Resolved ")
                    .append(WHEN.format(resolved(incident))).append("</time></li>"));
            html.append("</ul>");
        }
        html.append("<p><a href=\"history.atom\">Incident history (Atom)</a> · <a href=\"history.rss\">RSS</a> · ")
                .append("<a href=\"api/v2/incidents.json\">JSON</a></p></section>\n");
    }

    private static Instant resolved(IncidentView incident) {
        return incident.resolvedAt() == null ? incident.updatedAt() : incident.resolvedAt();
    }

    static List<IncidentUpdateView> newestFirst(IncidentView incident) {
        return incident.updates().stream().sorted(Comparator.comparing(IncidentUpdateView::createdAt).reversed()).toList();
    }

    static String label(String wireName) {
        String words = wireName.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
