package io.incidentledger.ingest.command;

import io.incidentledger.api.id.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform-neutral command language typed after {@code /incident} in Slack or {@code @bot} in Teams.
 * This skeleton knows {@code declare} and {@code help}; the full alias grammar is issue #3.
 */
public final class CommandLanguage {

    public static final String DECLARE_USAGE = "declare <title…> [severity=<1-4>]";

    private CommandLanguage() {
    }

    public static ParseResult parse(String line) {
        List<String> words = Tokenizer.split(line);
        if (words.isEmpty()) {
            return new ParseResult.Parsed(new ParsedCommand("help", Map.of()));
        }
        String verb = words.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = words.subList(1, words.size());
        return switch (verb) {
            case "declare" -> declare(rest);
            case "help" -> new ParseResult.Parsed(new ParsedCommand("help", Map.of()));
            default -> new ParseResult.Rejected("I don't know the command '" + words.get(0) + "'. " + help());
        };
    }

    public static String help() {
        return "Commands: `" + DECLARE_USAGE + "`, `help`.";
    }

    private static ParseResult declare(List<String> words) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> title = new ArrayList<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq > 0 && word.substring(0, eq).equalsIgnoreCase("severity")) {
                String value = word.substring(eq + 1);
                if (Severity.parse(value).isEmpty()) {
                    return new ParseResult.Rejected("Severity must be 1 to 4 (1 is critical), not '" + value
                            + "'. Usage: `" + DECLARE_USAGE + "`");
                }
                parameters.put("severity", value);
            } else {
                title.add(word);
            }
        }
        if (title.isEmpty()) {
            return new ParseResult.Rejected("An incident needs a title. Usage: `" + DECLARE_USAGE + "`");
        }
        parameters.put("title", String.join(" ", title));
        return new ParseResult.Parsed(new ParsedCommand("declare", parameters));
    }
}
