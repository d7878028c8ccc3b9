package io.incidentledger.status.html;

import io.incidentledger.projections.maintenance.MaintenanceUpdateView;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.status.text.PageTexts;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The page's maintenance parts: each running window in a section of its own beside (never instead of) the
 * incidents, and the upcoming ones as a list. Titles and updates are escaped; every other word is a page text.
 */
public final class MaintenanceSections {

    private MaintenanceSections() {
    }

    static void active(StringBuilder html, StatusSnapshot snapshot, ComponentBoard board, PageTexts texts) {
        for (MaintenanceView window : snapshot.activeMaintenances()) {
            html.append("<section class=\"maintenance\" id=\"").append(window.ref().slug()).append("\"><h2>")
                    .append(PageFrame.escape(window.title())).append("</h2><p class=\"label\"><span class=\"maintenance-status\">")
                    .append(texts.html("maintenance." + window.status().wireName())).append("</span> · ")
                    .append(texts.html("maintenance.label")).append("</p>");
            window(html, window, board, texts);
            html.append("<ol class=\"updates\">");
            window.updates().stream().sorted(Comparator.comparing(MaintenanceUpdateView::createdAt).reversed())
                    .forEach(update -> html.append("<li><strong>").append(texts.html("maintenance." + update.status().wireName()))
                            .append("</strong> – <span class=\"body\">").append(PageFrame.escape(update.body())).append("</span> ")
                            .append(time(update.createdAt(), texts)).append("</li>"));
            html.append("</ol></section>\n");
        }
    }

    static void upcoming(StringBuilder html, StatusSnapshot snapshot, ComponentBoard board, PageTexts texts) {
        List<MaintenanceView> upcoming = snapshot.upcomingMaintenances();
        if (upcoming.isEmpty()) {
            return;
        }
        html.append("<section class=\"upcoming\"><h2>").append(texts.html("maintenance.title")).append("</h2><ul>");
        for (MaintenanceView window : upcoming) {
            html.append("<li id=\"").append(window.ref().slug()).append("\"><strong>").append(PageFrame.escape(window.title()))
                    .append("</strong>");
            window(html, window, board, texts);
            html.append("</li>");
        }
        html.append("</ul><p><a href=\"api/v2/scheduled-maintenances.json\">").append(texts.html("maintenance.json"))
                .append("</a></p></section>\n");
    }

    private static void window(StringBuilder html, MaintenanceView window, ComponentBoard board, PageTexts texts) {
        html.append("<p class=\"window\">").append(texts.html("maintenance.window", time(window.startsAt(), texts),
                time(window.endsAt(), texts))).append("</p><p class=\"affected\">")
                .append(texts.html("maintenance.affected", PageFrame.escape(String.join(", ", board.shownOf(window.components())))))
                .append("</p>");
    }

    private static String time(Instant at, PageTexts texts) {
        return "<time datetime=\"" + at + "\">" + PageFrame.escape(texts.when(at)) + "</time>";
    }
}
