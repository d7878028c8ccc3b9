package io.incidentledger.status.feed;

import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.html.SlackMarkup;
import io.incidentledger.status.statuspage.StatuspageMapper;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What Atom and RSS share: the latest incidents and each one's updates as a small, safe HTML fragment. */
final class FeedEntries {

    static final int LATEST = 50;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private FeedEntries() {
    }

    static List<IncidentView> latest(StatusSnapshot snapshot) {
        return snapshot.incidents().stream().limit(LATEST).toList();
    }

    static String link(StatusPageProperties page, IncidentView incident) {
        return page.url() + "/#" + incident.ref().slug();
    }

    /** Stable across re-renders and restarts: derived from the incident id only. */
    static String id(IncidentView incident) {
        return "urn:uuid:" + incident.incidentId().value();
    }

    static String title(IncidentView incident) {
        return incident.ref() + ": " + incident.title() + " (" + StatuspageMapper.wireStatus(incident.status()) + ")";
    }

    static String contentHtml(IncidentView incident, StatusSnapshot snapshot) {
        var html = new StringBuilder("<ul>");
        incident.updates().stream().sorted(Comparator.comparing(IncidentUpdateView::createdAt).reversed())
                .forEach(update -> html.append("<li><strong>").append(update.status().wireName()).append("</strong> ")
                        .append(WHEN.format(update.createdAt())).append(": ")
                        .append(SlackMarkup.toHtml(update.body(), snapshot.names())).append("</li>"));
        return html.append("</ul>").toString();
    }
}
