package io.incidentledger.ingest.command;

import java.util.List;

/** One parameter of a command format, such as {@code {state:identified|resolved}} or {@code {message...}}. */
public record Param(String name, ParamKind kind, List<String> choices, boolean optional) {

    public Param {
        choices = List.copyOf(choices);
    }

    /** How help shows it: {@code <ref>}, {@code <investigating|identified>}, {@code [note…]}. */
    public String usage() {
        String inner = switch (kind) {
            case CHOICE -> String.join("|", choices);
            case USER -> "@user";
            case REST -> name + "…";
            default -> name;
        };
        return optional ? "[" + inner + "]" : "<" + inner + ">";
    }
}
