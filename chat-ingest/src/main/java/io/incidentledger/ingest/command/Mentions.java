package io.incidentledger.ingest.command;

import io.incidentledger.api.id.ChatUser;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a person from a mention: {@code <@U123|ada>}, {@code <@U123>} or {@code @ada}. */
public final class Mentions {

    private static final Pattern ESCAPED = Pattern.compile("<@([A-Za-z0-9._-]+)(?:\\|([^>]*))?>");
    private static final Pattern PLAIN = Pattern.compile("@([\\w.-]+)");

    private Mentions() {
    }

    public static Optional<ChatUser> parse(String word) {
        Matcher escaped = ESCAPED.matcher(word);
        if (escaped.matches()) {
            return Optional.of(new ChatUser(escaped.group(1), escaped.group(2)));
        }
        Matcher plain = PLAIN.matcher(word);
        // without an id, the name is the best id we have; Slack resolves it when "escape users" is on
        return plain.matches() ? Optional.of(new ChatUser("@" + plain.group(1), plain.group(1))) : Optional.empty();
    }

    public static boolean isNobody(String word) {
        return word.equalsIgnoreCase("@none") || word.equalsIgnoreCase("none");
    }
}
