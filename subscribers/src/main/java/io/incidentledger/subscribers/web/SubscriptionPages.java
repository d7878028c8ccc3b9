package io.incidentledger.subscribers.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.incidentledger.subscribers.list.SubscriberRow;
import java.util.List;

/**
 * The small pages of a subscription: sent, confirm (a button: opening the link confirms nothing), manage, done.
 * Every form posts the signed or one-time values it was opened with, so no page needs a session or an account.
 */
final class SubscriptionPages {

    private SubscriptionPages() {
    }

    static String checkYourInbox(String pageName) {
        return page(pageName, "Check your inbox", "<p>We sent a confirmation mail. Open its link and press "
                + "<strong>Confirm</strong> there; until then nothing else is sent to you.</p>");
    }

    static String webhookRegistered(String pageName, String manageUrl, String secret) {
        return page(pageName, "Webhook registered", "<p>Requests are signed: <code>X-Ledger-Signature: sha256=&lt;hex "
                + "HMAC-SHA256(secret, timestamp + \".\" + body)&gt;</code>, the timestamp in <code>X-Ledger-Timestamp"
                + "</code>. Keep this secret: <code class=\"secret\">" + htmlEscape(secret) + "</code></p>"
                + "<p><a class=\"manage\" href=\"" + htmlEscape(manageUrl) + "\">Manage this subscription</a></p>");
    }

    static String confirm(String pageName, String subscriber, String token) {
        return page(pageName, "Confirm your subscription", "<form method=\"post\" action=\"confirm\">"
                + hidden("s", subscriber) + hidden("t", token)
                + "<p><button type=\"submit\">Confirm</button></p></form>");
    }

    static String confirmed(String pageName) {
        return page(pageName, "You are subscribed", "<p>Every message has a link to change what you get or to leave.</p>");
    }

    static String manage(String pageName, SubscriberRow row, String signature, List<String> components) {
        var body = new StringBuilder("<form method=\"post\" action=\"manage\">").append(hidden("s", row.id().value()))
                .append(hidden("sig", signature)).append("<fieldset><legend>Only about these components (none chosen: ")
                .append("all of them)</legend>");
        for (String component : components) {
            body.append("<label><input type=\"checkbox\" name=\"component\" value=\"").append(htmlEscape(component))
                    .append(row.components().contains(component) ? "\" checked> " : "\"> ").append(htmlEscape(component))
                    .append("</label> ");
        }
        body.append("</fieldset><p><button type=\"submit\">Save</button></p></form>");
        body.append(unsubscribeForm(row.id().value(), signature));
        return page(pageName, "Your subscription", body.toString());
    }

    static String unsubscribe(String pageName, String subscriber, String signature) {
        return page(pageName, "Unsubscribe", unsubscribeForm(subscriber, signature));
    }

    static String done(String pageName, String title, String sentence) {
        return page(pageName, title, "<p>" + htmlEscape(sentence) + "</p>");
    }

    private static String unsubscribeForm(String subscriber, String signature) {
        return "<form method=\"post\" action=\"unsubscribe\">" + hidden("s", subscriber) + hidden("sig", signature)
                + "<p><button type=\"submit\">Unsubscribe</button></p></form>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + htmlEscape(value == null ? "" : value) + "\">";
    }

    private static String page(String pageName, String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + htmlEscape(title)
                + " · " + htmlEscape(pageName) + "</title><meta name=\"robots\" content=\"noindex\"></head><body><main>"
                + "<h1>" + htmlEscape(title) + "</h1>" + body + "<p><a href=\"../\">" + htmlEscape(pageName)
                + "</a></p></main></body></html>\n";
    }
}
