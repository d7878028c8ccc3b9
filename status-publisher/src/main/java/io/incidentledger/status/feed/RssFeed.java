package io.incidentledger.status.feed;

import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.projections.maintenance.MaintenanceView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** {@code /history.rss}: RSS 2.0 with the same entries as the Atom feed; guids are the incident ids. */
public final class RssFeed {

    private RssFeed() {
    }

    public static String render(StatusPageProperties page, ComponentCatalog catalog, StatusSnapshot snapshot) {
        var board = ComponentBoard.of(catalog, snapshot);
        var xml = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\"><channel>\n<title>").append(Xml.escape(page.name() + " history"))
                .append("</title>\n<link>").append(Xml.escape(page.url() + "/")).append("</link>\n<description>")
                .append(Xml.escape("Incident history of " + page.name())).append("</description>\n<language>en</language>\n")
                .append("<lastBuildDate>").append(rfc1123(snapshot.lastChange())).append("</lastBuildDate>\n");
        for (IncidentView incident : FeedEntries.latest(snapshot)) {
            xml.append("<item><title>").append(Xml.escape(FeedEntries.title(incident))).append("</title><link>")
                    .append(Xml.escape(FeedEntries.link(page, incident))).append("</link><guid isPermaLink=\"false\">")
                    .append(FeedEntries.id(incident)).append("</guid><pubDate>").append(rfc1123(incident.updatedAt()))
                    .append("</pubDate><description>").append(Xml.escape(FeedEntries.contentHtml(incident, snapshot)))
                    .append("</description></item>\n");
        }
        for (MaintenanceView window : MaintenanceEntries.latest(snapshot)) {
            xml.append("<item><title>").append(Xml.escape(MaintenanceEntries.title(window))).append("</title><link>")
                    .append(Xml.escape(MaintenanceEntries.link(page, window))).append("</link><guid isPermaLink=\"false\">")
                    .append(Xml.escape(MaintenanceEntries.id(page, window))).append("</guid><pubDate>")
                    .append(rfc1123(window.updatedAt())).append("</pubDate><description>")
                    .append(Xml.escape(MaintenanceEntries.contentHtml(window, board))).append("</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private static String rfc1123(java.time.Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
