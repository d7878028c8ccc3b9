package io.incidentledger.ingest.command;

import io.incidentledger.api.id.ChatUser;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person from a mention, {@code <@U123|ada>} or {@code <@U123>} (the Teams adapter writes its mentions
 * the same way), or from a bare Slack user id such as {@code U012ABCDEF}. A plain {@code @ada} names nobody the
 * platform knows: its holder could never be recognised, so nobody could run the lead's commands.
 */
public final class Mentions {

    private static final Pattern ESCAPED = Pattern.compile("<@([A-Za-z0-9._:-]+)(?:\\|([^>]*))?>");
    private static final Pattern SLACK_ID = Pattern.compile("[UW](?=[A-Z0-9]*[0-9])[A-Z0-9]{4,}");

    private Mentions() {
    }

    public static Optional<ChatUser> parse(String word) {
        Matcher escaped = ESCAPED.matcher(word);
        if (escaped.matches()) {
            return Optional.of(new ChatUser(escaped.group(1), escaped.group(2)));
        }
        return SLACK_ID.matcher(word).matches() ? Optional.of(new ChatUser(word, null)) : Optional.empty();
    }

    public static boolean isNobody(String word) {
        return word.equalsIgnoreCase("@none") || word.equalsIgnoreCase("none");
    }

    /** The one refusal for a word that names no platform user, saying what does. */
    public static String notAPerson(String word) {
        return "'" + CommandParser.clip(word) + "' isn't a person I can find. Mention them so chat sends their id: "
                + "in Slack pick them from the @ list (it arrives as <@U012ABC>) or give their user id, like U012ABC; "
                + "in Teams @mention them.";
    }
}
