package io.incidentledger.status.notify;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How a value from the ledger (a title, a message) is made inert in one route's markup, so that nobody can ping a
 * channel or disguise a link through a notification; the template's own markup is left as written. Slack's rule
 * is chat-ingest's {@code SlackText}, repeated here because status-publisher must not depend on chat-ingest.
 */
enum ChatEscaping {

    // Slack mrkdwn: & < > are its only control characters; <!channel>, <@U1> and <http://x|y> all need a '<'
    SLACK(text -> text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")),

    // Teams renders <at> mentions and other HTML, and Markdown links and images: without '<' or '[' there are none
    TEAMS(text -> text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")),

    // a signed webhook carries JSON; its receiver decides how to render it
    NONE(UnaryOperator.identity());

    private final UnaryOperator<String> escape;

    ChatEscaping(UnaryOperator<String> escape) {
        this.escape = escape;
    }

    String escape(String value) {
        return value == null ? "" : escape.apply(value);
    }

    static ChatEscaping forRoute(String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "slack" -> SLACK;
            case "teams" -> TEAMS;
            default -> NONE;
        };
    }
}
