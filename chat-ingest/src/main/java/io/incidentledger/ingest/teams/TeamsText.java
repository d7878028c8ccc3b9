package io.incidentledger.ingest.teams;

import java.util.List;
import java.util.regex.Pattern;

/** Teams sends message text as HTML with {@code <at>Name</at>} mentions; commands want plain words. */
public final class TeamsText {

    private static final Pattern MENTION = Pattern.compile("<at>[^<]*</at>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** A mention entity: its {@code <at>…</at>} text, and the platform user id it stands for. */
    public record Mention(String text, String userId, String name) {
    }

    private TeamsText() {
    }

    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(MENTION.matcher(html).replaceAll(" ")).replaceAll(" ");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip().replaceAll("\\s+", " ");
    }

    /** A command's words: each mentioned person becomes {@code <@id|name>}, as the command language reads them. */
    public static String command(String html, List<Mention> people) {
        String text = html == null ? "" : html;
        for (Mention person : people) {
            String name = person.name() == null ? "" : "|" + person.name().replaceAll("[<>|&]", "");
            // escaped, so that plain() keeps it while it drops the tags around it
            text = text.replace(person.text(), "&lt;@" + person.userId() + name + "&gt;");
        }
        return plain(text);
    }
}
