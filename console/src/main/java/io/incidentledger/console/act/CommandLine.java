package io.incidentledger.console.act;

import io.incidentledger.api.id.IncidentRef;
import java.util.regex.Pattern;

/** A console form as one line of the chat command language: the form picks the verb, the person types the rest. */
final class CommandLine {

    private static final Pattern CHAT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CommandLine() {
    }

    static String of(String command, IncidentRef ref, String text) {
        String rest = text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
        return switch (command == null ? "" : command) {
            case "update", "note", "action", "action-done" -> command + " " + ref + " " + rest;
            case "status-identified", "status-monitoring", "status-resolved" ->
                    "status " + ref + " " + command.substring("status-".length()) + " " + rest;
            case "role-comms", "role-scribe" -> "role " + ref + " " + command.substring("role-".length()) + " " + person(rest);
            case "lead" -> "lead " + ref + " " + person(rest);
            default -> throw new IllegalArgumentException("'" + command + "' is not a console command; pick one from the list.");
        };
    }

    private static String person(String id) {
        if (id.equalsIgnoreCase("none") || id.equalsIgnoreCase("@none")) {
            return "@none";
        }
        String bare = id.startsWith("@") ? id.substring(1) : id;
        if (!CHAT_ID.matcher(bare).matches()) {
            throw new IllegalArgumentException("Give the person's chat user id, like U012ABC, or none.");
        }
        return "<@" + bare + ">";
    }
}
