package io.incidentledger.ingest.command;

import io.incidentledger.api.id.IncidentRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Matches a chat line against the catalog's formats. Never throws: bad input becomes a {@link ParseResult.Rejected}. */
public final class CommandParser {

    /** How the catalog writes an extra that names a person, such as {@code lead=<@user>}. */
    static final String PERSON = "@user";

    private static final Pattern LOOKS_LIKE_REF = Pattern.compile("(?i)INC-\\d+");

    private CommandParser() {
    }

    public static ParseResult parse(String line) {
        List<String> words = Tokenizer.split(line);
        if (words.isEmpty()) {
            return new ParseResult.Parsed(new ParsedCommand("help", Map.of()));
        }
        String verb = words.get(0).toLowerCase(Locale.ROOT);
        var spec = CommandCatalog.find(verb);
        if (spec.isEmpty()) {
            CommandSpec closest = Suggestions.closest(verb);
            return rejected("I don't know the command '" + clip(words.get(0)) + "'. Did you mean `" + closest.name()
                    + "`? Usage: `" + closest.usage() + "`. Type `help` for every command.");
        }
        return match(spec.get(), words.subList(1, words.size()));
    }

    private static ParseResult match(CommandSpec spec, List<String> words) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            String key = eq > 0 ? word.substring(0, eq).toLowerCase(Locale.ROOT) : "";
            if (spec.extras().containsKey(key)) {
                String value = word.substring(eq + 1);
                if (PERSON.equals(spec.extras().get(key)) && Mentions.parse(value).isEmpty()) {
                    return rejected(Mentions.notAPerson(value) + " Usage: `" + spec.usage() + "`");
                }
                values.put(key, value);
            } else {
                rest.add(word);
            }
        }
        int next = 0;
        for (Param param : spec.params()) {
            String word = next < rest.size() ? rest.get(next) : null;
            if (param.kind() == ParamKind.REST) {
                if (next < rest.size()) {
                    values.put(param.name(), String.join(" ", rest.subList(next, rest.size())));
                    next = rest.size();
                } else if (!param.optional()) {
                    return missing(spec, param);
                }
                continue;
            }
            if (param.kind() == ParamKind.REF) {
                var ref = word == null ? Optional.<IncidentRef>empty() : IncidentRef.tryParse(word);
                if (ref.isPresent()) {
                    values.put(param.name(), ref.get().toString());
                    next++;
                } else if (word != null && LOOKS_LIKE_REF.matcher(word).matches()) {
                    // INC-0 or a number past any incident: a typo to point out, not text to record
                    return rejected("'" + clip(word) + "' is no incident: references run from INC-1, for example INC-42. Usage: `"
                            + spec.usage() + "`");
                }
                continue;
            }
            if (word == null) {
                if (param.optional()) {
                    continue;
                }
                return missing(spec, param);
            }
            String problem = check(param, word);
            if (problem != null) {
                return rejected(problem + " Usage: `" + spec.usage() + "`");
            }
            values.put(param.name(), param.kind() == ParamKind.CHOICE ? word.toLowerCase(Locale.ROOT) : word);
            next++;
        }
        if (next < rest.size()) {
            return rejected("`" + spec.name() + "` doesn't take '" + clip(rest.get(next)) + "'. Usage: `" + spec.usage() + "`");
        }
        return new ParseResult.Parsed(new ParsedCommand(spec.name(), values));
    }

    private static String check(Param param, String word) {
        return switch (param.kind()) {
            case CHOICE -> param.choices().contains(word.toLowerCase(Locale.ROOT)) ? null
                    : "'" + clip(word) + "' isn't one of " + String.join(", ", param.choices()) + ".";
            case USER -> Mentions.parse(word).isPresent() || Mentions.isNobody(word) ? null : Mentions.notAPerson(word);
            case NUMBER -> word.matches("[1-9]\\d{0,8}") ? null : "'" + clip(word) + "' isn't a number like 1 or 2.";
            default -> null;
        };
    }

    private static ParseResult missing(CommandSpec spec, Param param) {
        return rejected("`" + spec.name() + "` needs " + param.usage() + ". Usage: `" + spec.usage() + "`");
    }

    private static ParseResult rejected(String reason) {
        return new ParseResult.Rejected(reason);
    }

    // echo at most a little of what was typed: replies must stay readable whatever was pasted
    static String clip(String word) {
        return word.length() <= 40 ? word : word.substring(0, 40) + "…";
    }
}
