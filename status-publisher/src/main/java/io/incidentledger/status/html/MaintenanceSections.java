package io.incidentledger.status.html;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.projections.maintenance.MaintenanceUpdateView;
import io.incidentledger.projections.maintenance.MaintenanceView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The page's maintenance parts: each running window in a section of its own beside (never instead of) the
 * incidents, and the upcoming ones as a list. Plain text only: titles and updates are escaped.
 */
public final class MaintenanceSections {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private MaintenanceSections() {
    }

    static void active(StringBuilder html, StatusSnapshot snapshot) {
        for (MaintenanceView window : snapshot.activeMaintenances()) {
            html.append("<section class=\"maintenance\" id=\"").append(window.ref().slug()).append("\"><h2>")
                    .append(htmlEscape(window.title())).append("</h2><p class=\"label\"><span class=\"maintenance-status\">")
                    .append(StatusPageHtml.label(window.status().wireName())).append("</span> · Scheduled maintenance</p>");
            window(html, window);
            html.append("<ol class=\"updates\">");
            window.updates().stream().sorted(Comparator.comparing(MaintenanceUpdateView::createdAt).reversed())
                    .forEach(update -> html.append("<li><strong>").append(StatusPageHtml.label(update.status().wireName()))
                            .append("</strong> – <span class=\"body\">").append(htmlEscape(update.body())).append("</span> ")
                            .append(time(update.createdAt())).append("</li>"));
            html.append("</ol></section>\n");
        }
    }

    static void upcoming(StringBuilder html, StatusSnapshot snapshot) {
        List<MaintenanceView> upcoming = snapshot.upcomingMaintenances();
        if (upcoming.isEmpty()) {
            return;
        }
        html.append("<section class=\"upcoming\"><h2>Scheduled maintenance</h2><ul>");
        for (MaintenanceView window : upcoming) {
            html.append("<li id=\"").append(window.ref().slug()).append("\"><strong>").append(htmlEscape(window.title()))
                    .append("</strong>");
            window(html, window);
            html.append("</li>");
        }
        html.append("</ul><p><a href=\"api/v2/scheduled-maintenances.json\">Scheduled maintenance (JSON)</a></p></section>\n");
    }

    private static void window(StringBuilder html, MaintenanceView window) {
        html.append("<p class=\"window\">From ").append(time(window.startsAt())).append(" to ").append(time(window.endsAt()))
                .append("</p><p class=\"affected\">Under maintenance: ")
                .append(htmlEscape(String.join(", ", window.components()))).append("</p>");
    }

    private static String time(Instant at) {
        return "<time datetime=\"" + at + "\">" + WHEN.format(at) + "</time>";
    }
}
