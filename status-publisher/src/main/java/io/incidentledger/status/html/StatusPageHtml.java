package io.incidentledger.status.html;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The public page: plain semantic HTML, no JavaScript; every piece of chat text is escaped. */
public final class StatusPageHtml {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private StatusPageHtml() {
    }

    public static String render(StatusPageProperties page, List<IncidentView> incidents) {
        List<IncidentView> open = incidents.stream().filter(IncidentView::unresolved).toList();
        var html = new StringBuilder(2048);
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(htmlEscape(page.name())).append("</title>")
                .append("<style>").append(StatusPageStyle.CSS).append("</style></head><body>\n");
        header(html, open);
        html.append("<main>\n");
        for (IncidentView incident : open) {
            incident(html, incident);
        }
        html.append("</main></body></html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, List<IncidentView> open) {
        if (open.isEmpty()) {
            html.append("<header class=\"status operational\"><h1>All Systems Operational</h1></header>\n");
            return;
        }
        html.append("<header class=\"status outage\"><h1>")
                .append(open.size() == 1 ? "Ongoing incident" : open.size() + " ongoing incidents")
                .append("</h1><ul>");
        open.forEach(incident -> html.append("<li><a href=\"#").append(incident.ref().slug()).append("\">")
                .append(htmlEscape(incident.title())).append("</a></li>"));
        html.append("</ul></header>\n");
    }

    private static void incident(StringBuilder html, IncidentView incident) {
        html.append("<section class=\"incident\" id=\"").append(incident.ref().slug()).append("\"><h2>")
                .append(htmlEscape(incident.title())).append("</h2><p class=\"label\">")
                .append(htmlEscape(incident.status().wireName())).append(" · ")
                .append(htmlEscape(incident.impact())).append(" impact</p><ol class=\"updates\">");
        incident.updates().stream().sorted(Comparator.comparing(IncidentUpdateView::createdAt).reversed())
                .forEach(update -> html.append("<li><strong>").append(htmlEscape(capitalized(update))).append("</strong> – ")
                        .append(htmlEscape(update.body())).append(" <time datetime=\"").append(update.createdAt())
                        .append("\">").append(WHEN.format(update.createdAt())).append("</time></li>"));
        html.append("</ol></section>\n");
    }

    private static String capitalized(IncidentUpdateView update) {
        String name = update.status().wireName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
