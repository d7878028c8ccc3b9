package io.incidentledger.api.component;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The components an incident may affect and how the status page lays them out, as ledger-core configures them
 * ({@code ledger.core.components}, {@code ledger.core.component-groups}); other modules take this bean rather than
 * read the keys. Matching ignores case. A plain catalog of {@link #names()} is ungrouped and public.
 */
public interface ComponentCatalog {

    /** Every component's name (groups are not components). */
    List<String> names();

    /** The top level in position order: ungrouped components and groups. */
    default List<ComponentDefinition> layout() {
        return IntStream.range(0, names().size()).mapToObj(i -> ComponentDefinition.plain(names().get(i), i + 1)).toList();
    }

    default Optional<String> find(String name) {
        return names().stream().filter(known -> known.equalsIgnoreCase(name)).findFirst();
    }

    default Optional<ComponentDefinition> group(String name) {
        return layout().stream().filter(entry -> entry.group() && entry.name().equalsIgnoreCase(name)).findFirst();
    }

    default List<String> groupNames() {
        return layout().stream().filter(ComponentDefinition::group).map(ComponentDefinition::name).toList();
    }
}
