package io.incidentledger.ingest.command;

import java.util.stream.Collectors;

/** Help, rendered from the catalog's formats. */
public final class HelpText {

    private HelpText() {
    }

    public static String all() {
        return "Commands (<ref> is INC-<n>; leave it out in an incident's own channel):\n"
                + CommandCatalog.all().stream().map(spec -> "• `" + spec.usage() + "`: " + spec.summary())
                        .collect(Collectors.joining("\n"));
    }

    public static String of(String name) {
        return CommandCatalog.find(name)
                .map(spec -> "`" + spec.usage() + "`: " + spec.summary())
                .orElseGet(() -> "There is no command '" + name + "'. " + all());
    }
}
