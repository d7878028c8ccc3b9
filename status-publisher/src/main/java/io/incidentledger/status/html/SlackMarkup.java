package io.incidentledger.status.html;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's message markup, made safe for the public: {@code <https://x|label>} links, {@code *bold*},
 * {@code _italics_} and {@code <@U123>} mentions (shown by display name). Everything else is text, so a
 * {@code <script>} in an update is shown, never run.
 */
public final class SlackMarkup {

    private static final Pattern TOKEN = Pattern.compile("<([^<>\\s][^<>]*)>");
    private static final Pattern LINK = Pattern.compile("(?i)((?:https?|mailto):[^|\\s\"'`]+)(?:\\|(.+))?");
    private static final Pattern MENTION = Pattern.compile("@([UW][A-Z0-9]+)(?:\\|(.+))?");
    private static final Pattern CHANNEL = Pattern.compile("#C[A-Z0-9]+\\|(.+)");
    private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]*?\\S)\\*(?![\\w*])");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w_])_(?=\\S)([^_\\n]*?\\S)_(?![\\w_])");

    private SlackMarkup() {
    }

    /** Safe HTML for the page and for feed content. */
    public static String toHtml(String text, Map<String, String> displayNames) {
        return render(text, displayNames, true);
    }

    /** Plain text for JSON and chat: links become "label (url)", mentions become names, emphasis is dropped. */
    public static String toPlain(String text, Map<String, String> displayNames) {
        return render(text, displayNames, false);
    }

    private static String render(String text, Map<String, String> names, boolean html) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 32);
        Matcher token = TOKEN.matcher(text);
        int from = 0;
        while (token.find()) {
            String replacement = token(token.group(1), names, html);
            if (replacement == null) {
                continue; // not Slack markup: it stays text and is escaped with the rest
            }
            out.append(text(text.substring(from, token.start()), html)).append(replacement);
            from = token.end();
        }
        return out.append(text(text.substring(from), html)).toString();
    }

    private static String token(String inner, Map<String, String> names, boolean html) {
        Matcher link = LINK.matcher(inner);
        if (link.matches()) {
            String url = unescape(link.group(1));
            String label = link.group(2) == null ? url : unescape(link.group(2));
            return html ? "<a href=\"" + htmlEscape(url) + "\" rel=\"nofollow noopener\">" + htmlEscape(label) + "</a>"
                    : label.equals(url) ? url : label + " (" + url + ")";
        }
        Matcher mention = MENTION.matcher(inner);
        if (mention.matches()) {
            String fallback = mention.group(2) == null ? mention.group(1) : unescape(mention.group(2));
            String name = "@" + names.getOrDefault(mention.group(1), fallback);
            return html ? "<span class=\"mention\">" + htmlEscape(name) + "</span>" : name;
        }
        Matcher channel = CHANNEL.matcher(inner);
        if (channel.matches()) {
            String name = "#" + unescape(channel.group(1));
            return html ? htmlEscape(name) : name;
        }
        return null;
    }

    private static String text(String segment, boolean html) {
        String plain = unescape(segment);
        if (!html) {
            return ITALIC.matcher(BOLD.matcher(plain).replaceAll("$1")).replaceAll("$1");
        }
        String escaped = htmlEscape(plain);
        escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(escaped).replaceAll("<em>$1</em>");
    }

    // Slack sends &, < and > escaped in message text; a literal "&lt;" typed by a person arrives double-escaped
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
