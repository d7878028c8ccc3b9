package io.incidentledger.ingest.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats of every {@link Verb}, for the parser and for help. Order is the order of help. */
public final class CommandCatalog {

    private static final List<CommandSpec> COMMANDS = Arrays.stream(Verb.values()).map(Verb::spec).toList();

    private CommandCatalog() {
    }

    public static List<CommandSpec> all() {
        return COMMANDS;
    }

    public static Optional<CommandSpec> find(String name) {
        return Verb.find(name).map(Verb::spec);
    }
}
