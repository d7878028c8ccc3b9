package io.incidentledger.console.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a highlight into plain and marked parts, so the page writes every part as text inside its own
 * {@code <mark>}: what chat said is never markup, even where the search engine marked it.
 */
public final class Highlights {

    private static final Pattern MARK = Pattern.compile("<em>(.*?)</em>", Pattern.DOTALL);

    public List<Part> parts(String highlight) {
        List<Part> parts = new ArrayList<>();
        Matcher m = MARK.matcher(highlight == null ? "" : highlight);
        int at = 0;
        while (m.find()) {
            parts.add(new Part(unescape(highlight.substring(at, m.start())), false));
            parts.add(new Part(unescape(m.group(1)), true));
            at = m.end();
        }
        parts.add(new Part(unescape(highlight == null ? "" : highlight.substring(at)), false));
        return parts;
    }

    // the search engine escapes the text it highlights (encoder html); the page escapes it again, once
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }

    public record Part(String text, boolean marked) {
    }
}
