package io.incidentledger.api.id;

import java.util.Locale;

/**
 * Chat text as the ledger keeps it: at most Slack's own message limit, {@value #MAX_LENGTH} characters (code
 * points, so no emoji is split). Longer text is kept up to the limit with a mark saying how much was cut, so a
 * reader sees the cut; the limit keeps every event far below the 1 MB Kafka records the views are built from.
 * Control characters and noncharacters become U+FFFD ({@link PlainText}).
 */
public record ChatText(String value) {

    public static final int MAX_LENGTH = 40_000;
    /** Earlier texts a view keeps per edited message; older ones are counted, not kept. */
    public static final int MAX_EARLIER_TEXTS = 20;

    public ChatText {
        value = PlainText.clean(value);
        if (value != null && value.codePointCount(0, value.length()) > MAX_LENGTH) {
            int cut = value.offsetByCodePoints(0, MAX_LENGTH);
            int more = value.codePointCount(cut, value.length());
            value = value.substring(0, cut) + "… [truncated: " + String.format(Locale.ROOT, "%,d", more)
                    + " more characters]";
        }
    }

    public static String bounded(String text) {
        return new ChatText(text).value();
    }
}
