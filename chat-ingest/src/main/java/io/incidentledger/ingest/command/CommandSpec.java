package io.incidentledger.ingest.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command of the language, StackStorm-style: a format string with named parameters, plus the
 * {@code key=value} extras it accepts. Help text is rendered from the format, never written twice.
 */
public record CommandSpec(String name, String format, Map<String, String> extras, String summary, List<Param> params) {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)(?::([\\w|_-]+))?(\\.\\.\\.)?(\\?)?}");

    public static CommandSpec of(String format, String summary, Map<String, String> extras) {
        String[] words = format.split(" ", 2);
        List<Param> params = new ArrayList<>();
        Matcher matcher = PARAM.matcher(words.length > 1 ? words[1] : "");
        while (matcher.find()) {
            params.add(param(matcher));
        }
        return new CommandSpec(words[0], format, new LinkedHashMap<>(extras), summary, List.copyOf(params));
    }

    private static Param param(Matcher matcher) {
        String name = matcher.group(1);
        boolean optional = matcher.group(4) != null;
        if (matcher.group(2) != null) {
            return new Param(name, ParamKind.CHOICE, List.of(matcher.group(2).split("\\|")), optional);
        }
        if (matcher.group(3) != null) {
            return new Param(name, ParamKind.REST, List.of(), optional);
        }
        ParamKind kind = switch (name) {
            case "ref" -> ParamKind.REF;
            case "user" -> ParamKind.USER;
            case "number" -> ParamKind.NUMBER;
            default -> ParamKind.WORD;
        };
        return new Param(name, kind, List.of(), optional || kind == ParamKind.REF);
    }

    /** {@code status <ref> <investigating|identified|monitoring|resolved> <message…>}. */
    public String usage() {
        StringBuilder usage = new StringBuilder(name);
        params.forEach(param -> usage.append(' ').append(param.kind() == ParamKind.REF ? "<ref>" : param.usage()));
        extras.forEach((key, value) -> usage.append(" [").append(key).append("=<").append(value).append(">]"));
        return usage.toString();
    }
}
