package io.incidentledger.status.feed;

import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.projections.maintenance.MaintenanceView;

/** {@code /history.atom}: one entry per incident, its updates as escaped HTML content. */
public final class AtomFeed {

    private AtomFeed() {
    }

    public static String render(StatusPageProperties page, ComponentCatalog catalog, StatusSnapshot snapshot) {
        var board = ComponentBoard.of(catalog, snapshot);
        var xml = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n")
                .append("<id>").append(Xml.escape(page.url() + "/history.atom")).append("</id>\n")
                .append("<title>").append(Xml.escape(page.name() + " history")).append("</title>\n")
                .append("<updated>").append(snapshot.lastChange()).append("</updated>\n")
                .append("<link rel=\"self\" href=\"").append(Xml.escape(page.url() + "/history.atom")).append("\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(page.url() + "/"))
                .append("\"/>\n<author><name>").append(Xml.escape(page.name())).append("</name></author>\n");
        for (IncidentView incident : FeedEntries.latest(snapshot)) {
            xml.append("<entry><id>").append(FeedEntries.id(incident)).append("</id><title>")
                    .append(Xml.escape(FeedEntries.title(incident))).append("</title><published>")
                    .append(incident.createdAt()).append("</published><updated>").append(incident.updatedAt())
                    .append("</updated><link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(Xml.escape(FeedEntries.link(page, incident))).append("\"/><content type=\"html\">")
                    .append(Xml.escape(FeedEntries.contentHtml(incident, snapshot))).append("</content></entry>\n");
        }
        for (MaintenanceView window : MaintenanceEntries.latest(snapshot)) {
            xml.append("<entry><id>").append(Xml.escape(MaintenanceEntries.id(page, window))).append("</id><title>")
                    .append(Xml.escape(MaintenanceEntries.title(window))).append("</title><published>")
                    .append(window.createdAt()).append("</published><updated>").append(window.updatedAt())
                    .append("</updated><link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(Xml.escape(MaintenanceEntries.link(page, window))).append("\"/><content type=\"html\">")
                    .append(Xml.escape(MaintenanceEntries.contentHtml(window, board))).append("</content></entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
