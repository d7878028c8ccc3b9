package io.incidentledger.status.html;


import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.status.components.BoardEntry;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.status.history.PastList;
import io.incidentledger.status.text.PageTexts;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The public page: plain semantic HTML, no JavaScript; chat text goes through {@link SlackMarkup}, every other word
 * comes from {@link PageTexts}, in the reader's language.
 */
public final class StatusPageHtml {

    private static String escape(String text) {
        return PageFrame.escape(text);
    }

    private StatusPageHtml() {
    }

    public static String render(StatusPageProperties page, ComponentCatalog catalog, StatusSnapshot snapshot,
                                PageTexts texts) {
        return render(page, catalog, snapshot, texts, List.of());
    }

    public static String render(StatusPageProperties page, ComponentCatalog catalog, StatusSnapshot snapshot,
                                PageTexts texts, List<PageSection> sections) {
        List<IncidentView> open = snapshot.unresolved();
        var board = ComponentBoard.of(catalog, snapshot, page.uptime().maintenanceIsDowntime());
        var html = new StringBuilder(4096);
        html.append("<!doctype html>\n<html lang=\"").append(escape(texts.lang()))
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(page.name())).append("</title>")
                .append("<meta name=\"description\" content=\"").append(escape(description(page, open, texts)))
                .append("\">")
                // inline, so browsers and crawlers never ask for a /favicon.ico that this app does not serve
                .append("<link rel=\"icon\" href=\"").append(StatusPageStyle.ICON).append("\">")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"history.atom\" title=\"History\">")
                .append("<style>").append(StatusPageStyle.CSS).append(UptimeBars.CSS).append("</style></head><body>\n");
        if (snapshot.historical()) {
            String when = "<time datetime=\"" + snapshot.asOf() + "\">" + escape(texts.when(snapshot.asOf())) + "</time>";
            html.append("<p class=\"historical\" role=\"note\">").append(texts.html("page.historical", when))
                    .append(" <a href=\"./\">").append(texts.html("page.historical.live")).append("</a></p>\n");
        }
        header(html, page, board, open, texts);
        html.append("<main>\n");
        ComponentSections.render(html, board, texts);
        for (IncidentView incident : open) {
            incident(html, incident, board, snapshot, texts);
        }
        MaintenanceSections.active(html, snapshot, board, texts);
        MaintenanceSections.upcoming(html, snapshot, board, texts);
        past(html, snapshot, texts);
        if (!snapshot.historical()) {
            sections.forEach(section -> html.append(section.html(texts)));
        }
        html.append("</main>");
        PageFrame.footer(html, page, texts);
        html.append("</body></html>\n");
        return html.toString();
    }

    /** What search results show under the title: the page's headline now, and what else it holds. */
    private static String description(StatusPageProperties page, List<IncidentView> open, PageTexts texts) {
        String now = open.isEmpty() ? texts.text("page.description.none")
                : open.size() == 1 ? texts.text("page.description.one") : texts.text("page.description.many", open.size());
        return texts.text("page.description", page.name(), now, PastList.DAYS.toDays());
    }

    private static void header(StringBuilder html, StatusPageProperties page, ComponentBoard board,
                               List<IncidentView> open, PageTexts texts) {
        PageTone tone = PageTone.of(board, open);
        html.append("<header class=\"status ").append(tone.cssClass()).append("\">");
        PageFrame.identity(html, page);
        html.append("<h1>");
        if (open.isEmpty()) {
            html.append(texts.html(tone == PageTone.OPERATIONAL ? "header.operational" : "header.degraded"))
                    .append("</h1></header>\n");
            return;
        }
        html.append(open.size() == 1 ? texts.html("header.incident") : texts.html("header.incidents", "" + open.size()))
                .append("</h1><ul>");
        open.forEach(incident -> html.append("<li><a href=\"#").append(incident.ref().slug()).append("\">")
                .append(escape(incident.title())).append("</a></li>"));
        html.append("</ul></header>\n");
    }

    private static void incident(StringBuilder html, IncidentView incident, ComponentBoard board, StatusSnapshot snapshot,
                                 PageTexts texts) {
        var shown = board.flat().stream().map(BoardEntry::name).collect(java.util.stream.Collectors.toSet());
        html.append("<section class=\"incident\" id=\"").append(incident.ref().slug()).append("\"><h2>")
                .append(escape(incident.title())).append("</h2><p class=\"label\"><span class=\"incident-status\">")
                .append(texts.html("incident." + incident.status().wireName())).append("</span> · ")
                .append(texts.html("impact." + incident.impact())).append("</p>");
        if (incident.components().keySet().stream().anyMatch(shown::contains)) {
            html.append("<p class=\"affected\">").append(texts.html("incident.affected", String.join(", ",
                    incident.components().entrySet().stream().filter(entry -> shown.contains(entry.getKey())).map(entry -> escape(entry.getKey()) + " ("
                            + texts.html("component." + entry.getValue().wireName()) + ")").toList()))).append("</p>");
        }
        html.append("<ol class=\"updates\">");
        newestFirst(incident).forEach(update -> html.append("<li><strong>")
                .append(texts.html("incident." + update.status().wireName()))
                .append("</strong> – <span class=\"body\">").append(SlackMarkup.toHtml(update.body(), snapshot.names()))
                .append("</span> ").append(time(update.createdAt(), texts)).append("</li>"));
        html.append("</ol></section>\n");
    }

    /**
     * The resolved incidents the page lists, and one more when there are more: the only part of the page that
     * depends on the moment shown.
     */
    public static List<IncidentView> pastIncidents(StatusSnapshot snapshot) {
        Instant since = snapshot.moment().minus(PastList.DAYS);
        return snapshot.incidents().stream().filter(incident -> !incident.unresolved())
                .filter(incident -> incident.resolvedAt() == null || !incident.resolvedAt().isBefore(since))
                .limit(PastList.LISTED + 1).toList();
    }

    private static void past(StringBuilder html, StatusSnapshot snapshot, PageTexts texts) {
        List<IncidentView> past = pastIncidents(snapshot);
        html.append("<section class=\"past\"><h2>").append(texts.html("past.title")).append("</h2>");
        if (past.isEmpty()) {
            html.append("<p>").append(texts.html("past.none", "" + PastList.DAYS.toDays())).append("</p>");
        } else {
            html.append("<ul>");
            past.stream().limit(PastList.LISTED).forEach(incident -> html.append("<li id=\"").append(incident.ref().slug()).append("\"><strong>")
                    .append(escape(incident.title())).append("</strong> <span class=\"body\">")
                    .append(SlackMarkup.toHtml(newestFirst(incident).get(0).body(), snapshot.names()))
                    .append("</span> <time datetime=\"").append(resolved(incident)).append("\">")
                    .append(texts.html("past.resolved", escape(texts.when(resolved(incident))))).append("</time></li>"));
            html.append("</ul>");
            if (past.size() > PastList.LISTED) {
                html.append("<p class=\"more\">").append(texts.html("past.more", "" + PastList.LISTED,
                        "" + PastList.DAYS.toDays())).append("</p>");
            }
        }
        html.append("<p><a href=\"history.atom\">").append(texts.html("past.atom")).append("</a> · <a href=\"history.rss\">")
                .append(texts.html("past.rss")).append("</a> · <a href=\"api/v2/incidents.json\">")
                .append(texts.html("past.json")).append("</a></p></section>\n");
    }

    private static String time(Instant instant, PageTexts texts) {
        return "<time datetime=\"" + instant + "\">" + escape(texts.when(instant)) + "</time>";
    }

    private static Instant resolved(IncidentView incident) {
        return incident.resolvedAt() == null ? incident.updatedAt() : incident.resolvedAt();
    }

    static List<IncidentUpdateView> newestFirst(IncidentView incident) {
        return incident.updates().stream().sorted(Comparator.comparing(IncidentUpdateView::createdAt).reversed()).toList();
    }
}
