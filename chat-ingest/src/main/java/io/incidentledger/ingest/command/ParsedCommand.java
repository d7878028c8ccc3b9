package io.incidentledger.ingest.command;

import java.util.Map;

/** A chat line understood: the command's name, its named parameters and its {@code key=value} extras. */
public record ParsedCommand(String name, Map<String, String> parameters) {

    public ParsedCommand {
        parameters = Map.copyOf(parameters);
    }

    public String parameter(String key) {
        return parameters.get(key);
    }
}
