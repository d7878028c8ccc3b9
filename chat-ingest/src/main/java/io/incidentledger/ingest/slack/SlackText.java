package io.incidentledger.ingest.slack;

/** Slack's mrkdwn treats &, < and > as control characters: user text must not become a mention or link. */
public final class SlackText {

    private SlackText() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
