package io.incidentledger.core.domain;

import java.util.List;

/** The components an incident may affect. Names come from configuration; matching ignores case. */
public interface ComponentCatalog {

    List<String> names();

    default java.util.Optional<String> find(String name) {
        return names().stream().filter(known -> known.equalsIgnoreCase(name)).findFirst();
    }
}
