package io.incidentledger.status.feed;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.incidentledger.api.maintenance.MaintenanceStatus;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.projections.maintenance.MaintenanceUpdateView;
import io.incidentledger.projections.maintenance.MaintenanceView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The maintenance windows the feeds carry beside the incidents: every one not cancelled, newest first. */
final class MaintenanceEntries {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private MaintenanceEntries() {
    }

    static List<MaintenanceView> latest(StatusSnapshot snapshot) {
        return snapshot.maintenances().stream().filter(window -> window.status() != MaintenanceStatus.CANCELLED)
                .sorted(Comparator.comparing(MaintenanceView::updatedAt).reversed()).limit(FeedEntries.LATEST).toList();
    }

    static String link(StatusPageProperties page, MaintenanceView window) {
        return page.url() + "/#" + window.ref().slug();
    }

    /** Stable across re-renders and restarts, and in no incident's namespace. */
    static String id(StatusPageProperties page, MaintenanceView window) {
        return "urn:incident-ledger:" + page.id() + ":maintenance:" + window.ref().slug();
    }

    static String title(MaintenanceView window) {
        return window.ref() + ": " + window.title() + " (scheduled maintenance, " + window.status().wireName() + ")";
    }

    static String contentHtml(MaintenanceView window, ComponentBoard board) {
        var html = new StringBuilder("<p>From ").append(WHEN.format(window.startsAt())).append(" to ")
                .append(WHEN.format(window.endsAt())).append(": ").append(htmlEscape(String.join(", ", board.shownOf(window.components()))))
                .append("</p><ul>");
        window.updates().stream().sorted(Comparator.comparing(MaintenanceUpdateView::createdAt).reversed())
                .forEach(update -> html.append("<li><strong>").append(update.status().wireName()).append("</strong> ")
                        .append(WHEN.format(update.createdAt())).append(": ").append(htmlEscape(update.body())).append("</li>"));
        return html.append("</ul>").toString();
    }
}
