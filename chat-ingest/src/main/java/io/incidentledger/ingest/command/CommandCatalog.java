package io.incidentledger.ingest.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every command of the language in one place, for every chat platform. Order is the order of help. */
public final class CommandCatalog {

    private static final String STATES = "investigating|identified|monitoring|resolved";
    private static final String COMPONENT_STATES = "operational|degraded_performance|partial_outage|major_outage|under_maintenance";

    private static final List<CommandSpec> COMMANDS = List.of(
            CommandSpec.of("declare {title...}", "open a new incident; you lead it unless lead= names someone",
                    extras("severity", "1-4", "components", "a,b", "lead", CommandParser.PERSON)),
            CommandSpec.of("ack {ref}", "acknowledge: you are on it", Map.of()),
            CommandSpec.of("status {ref} {state:" + STATES + "} {message...}", "move the status and tell the status page why", Map.of()),
            CommandSpec.of("resolve {ref} {message...}", "short for status <ref> resolved <message…>", Map.of()),
            CommandSpec.of("update {ref} {message...}", "post a public update; the status stays", Map.of()),
            CommandSpec.of("severity {ref} {level:1|2|3|4}", "change the severity (1 is critical)", Map.of()),
            CommandSpec.of("lead {ref} {user}", "hand the lead (incident commander) to someone", Map.of()),
            CommandSpec.of("role {ref} {role:comms|scribe} {user}", "assign comms or scribe; @none unassigns", Map.of()),
            CommandSpec.of("summary {ref} {text...}", "set the internal summary", Map.of()),
            CommandSpec.of("impact {ref} {text...}", "describe the customer impact", Map.of()),
            CommandSpec.of("title {ref} {text...}", "rename the incident", Map.of()),
            CommandSpec.of("note {ref} {text...}", "add an internal note to the timeline; never public", Map.of()),
            CommandSpec.of("component {ref} {name} {state:" + COMPONENT_STATES + "}", "set an affected component's status", Map.of()),
            CommandSpec.of("action {ref} {text...}", "add a follow-up action", Map.of()),
            CommandSpec.of("action-done {ref} {number}", "mark a follow-up action done", Map.of()),
            CommandSpec.of("action-reopen {ref} {number}", "reopen a follow-up action", Map.of()),
            CommandSpec.of("link {ref}", "link this channel, so commands here need no <ref>", Map.of()),
            CommandSpec.of("close {ref} {note...?}", "close the incident for good", Map.of()),
            CommandSpec.of("reopen {ref} {reason...}", "reopen a resolved or closed incident", Map.of()),
            CommandSpec.of("list", "list the incidents not yet closed", Map.of()),
            CommandSpec.of("show {ref}", "show one incident", Map.of()),
            CommandSpec.of("help {command?}", "this help, or one command's", Map.of()));

    private static final Map<String, CommandSpec> BY_NAME = new LinkedHashMap<>();

    static {
        COMMANDS.forEach(spec -> BY_NAME.put(spec.name(), spec));
    }

    private CommandCatalog() {
    }

    public static List<CommandSpec> all() {
        return COMMANDS;
    }

    public static Optional<CommandSpec> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Map<String, String> extras(String... keysAndValues) {
        Map<String, String> extras = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            extras.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return extras;
    }
}
