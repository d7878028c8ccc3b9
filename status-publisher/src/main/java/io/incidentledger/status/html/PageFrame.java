package io.incidentledger.status.html;


import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.text.PageTexts;
import java.util.ArrayList;
import java.util.List;

/** The page's identity around its content: name and logo at the top of the header, the organisation's links below. */
final class PageFrame {

    private PageFrame() {
    }

    /** Markup characters only: the page is UTF-8, so umlauts and accents stay as they are. */
    static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Logo and name, linked to the organisation's home page where one is configured. */
    static void identity(StringBuilder html, StatusPageProperties page) {
        String home = page.links().home();
        boolean linked = home != null && !home.isBlank();
        html.append("<p class=\"identity\">").append(linked ? "<a href=\"" + escape(home) + "\">" : "");
        if (page.hasLogo()) {
            // the name follows as text, so the image itself says nothing more
            html.append("<img src=\"").append(escape(page.logoUrl())).append("\" alt=\"\" height=\"32\">");
        }
        html.append("<span class=\"page-name\">").append(escape(page.name())).append("</span>")
                .append(linked ? "</a>" : "").append("</p>");
    }

    static void footer(StringBuilder html, StatusPageProperties page, PageTexts texts) {
        List<String> links = new ArrayList<>();
        link(links, page.links().home(), texts.text("footer.home"));
        link(links, page.links().support(), texts.text("footer.support"));
        link(links, page.links().privacy(), texts.text("footer.privacy"));
        if (page.consoleUrl() != null && !page.consoleUrl().isBlank()) {
            // a small way in for responders; the console links back here from every page
            links.add("<a href=\"" + escape(page.consoleUrl()) + "\">" + texts.html("footer.console") + "</a> "
                    + texts.html("footer.console.note"));
        }
        if (links.isEmpty() && !page.setupHint()) {
            return;
        }
        html.append("<footer>");
        if (!links.isEmpty()) {
            html.append("<p>").append(String.join(" · ", links)).append("</p>");
        }
        if (page.setupHint()) {
            html.append("<p class=\"setup-hint\">").append(texts.html("page.setup-hint")).append("</p>");
        }
        html.append("</footer>");
    }

    private static void link(List<String> links, String href, String label) {
        if (href != null && !href.isBlank()) {
            links.add("<a href=\"" + escape(href) + "\">" + escape(label) + "</a>");
        }
    }
}
