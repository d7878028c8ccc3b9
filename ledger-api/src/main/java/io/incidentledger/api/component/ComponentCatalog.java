package io.incidentledger.api.component;

import java.util.List;
import java.util.Optional;

/**
 * The components an incident may affect, as ledger-core configures them ({@code ledger.core.components}); other
 * modules take this bean rather than read the key. Matching ignores case.
 */
public interface ComponentCatalog {

    List<String> names();

    default Optional<String> find(String name) {
        return names().stream().filter(known -> known.equalsIgnoreCase(name)).findFirst();
    }
}
