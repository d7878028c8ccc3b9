package io.incidentledger.ingest.command;

import java.util.Map;
import java.util.Optional;

/** A chat line understood: the command's name and its parameters and extras by name. */
public record ParsedCommand(String name, Map<String, String> parameters) {

    public ParsedCommand {
        parameters = Map.copyOf(parameters);
    }

    public String parameter(String key) {
        return parameters.get(key);
    }

    public Optional<String> optional(String key) {
        return Optional.ofNullable(parameters.get(key));
    }
}
