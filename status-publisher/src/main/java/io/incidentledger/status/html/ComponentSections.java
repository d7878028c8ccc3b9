package io.incidentledger.status.html;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.status.components.BoardEntry;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.status.text.PageTexts;

/**
 * The components: ungrouped ones as rows, each group as a collapsible section (open while any of it is not
 * operational, so trouble is never folded away) holding its components; uptime bars under each showcased one.
 */
final class ComponentSections {

    private ComponentSections() {
    }

    static void render(StringBuilder html, ComponentBoard board, PageTexts texts) {
        if (board.top().isEmpty()) {
            return;
        }
        html.append("<section class=\"board\"><h2>").append(texts.html("components.title")).append("</h2><ul>");
        for (BoardEntry entry : board.top()) {
            if (entry.group()) {
                group(html, entry, texts);
            } else {
                component(html, entry, texts);
            }
        }
        html.append("</ul></section>\n");
    }

    private static void group(StringBuilder html, BoardEntry group, PageTexts texts) {
        html.append("<li class=\"group ").append(group.status().wireName()).append("\" id=\"group-").append(group.id())
                .append("\"><details").append(group.status() == ComponentStatus.OPERATIONAL ? "" : " open")
                .append("><summary>");
        row(html, group, texts);
        html.append("</summary>");
        description(html, group);
        html.append("<ul>");
        group.members().forEach(member -> component(html, member, texts));
        html.append("</ul></details></li>");
    }

    private static void component(StringBuilder html, BoardEntry entry, PageTexts texts) {
        if (entry.definition().onlyShowIfDegraded() && entry.status() == ComponentStatus.OPERATIONAL) {
            return;
        }
        html.append("<li class=\"component ").append(entry.status().wireName()).append("\" id=\"component-")
                .append(entry.id()).append("\">");
        row(html, entry, texts);
        description(html, entry);
        if (entry.definition().showcase() && entry.uptime() != null) {
            UptimeBars.render(html, entry.uptime(), texts);
        }
        html.append("</li>");
    }

    private static void row(StringBuilder html, BoardEntry entry, PageTexts texts) {
        html.append("<span class=\"row\"><span>").append(PageFrame.escape(entry.name()))
                .append("</span> <span class=\"component-status is-").append(entry.status().wireName()).append("\">")
                .append(texts.html("component." + entry.status().wireName())).append("</span></span>");
    }

    private static void description(StringBuilder html, BoardEntry entry) {
        if (!entry.definition().description().isEmpty()) {
            html.append("<p class=\"description\">").append(PageFrame.escape(entry.definition().description())).append("</p>");
        }
    }
}
