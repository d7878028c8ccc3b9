package io.incidentledger.ingest.adapter.in.teams;

import java.util.regex.Pattern;

/** Teams sends message text as HTML with {@code <at>Name</at>} mentions; commands want plain words. */
final class TeamsText {

    private static final Pattern MENTION = Pattern.compile("<at>[^<]*</at>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private TeamsText() {
    }

    static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(MENTION.matcher(html).replaceAll(" ")).replaceAll(" ");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip().replaceAll("\\s+", " ");
    }
}
