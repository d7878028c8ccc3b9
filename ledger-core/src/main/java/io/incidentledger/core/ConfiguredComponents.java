package io.incidentledger.core;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.component.ComponentDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The component catalog from {@code ledger.core.components} (plain names: ungrouped, public) and
 * {@code ledger.core.component-groups}: the one bean every module asks for it. Names are unique across components
 * and groups, ignoring case, since a chat command names either.
 */
@Component
class ConfiguredComponents implements ComponentCatalog {

    private final List<ComponentDefinition> layout;
    private final List<String> names;

    ConfiguredComponents(LedgerCoreProperties properties) {
        var top = new ArrayList<ComponentDefinition>();
        properties.components().stream().map(String::strip).filter(name -> !name.isEmpty())
                .forEach(name -> top.add(ComponentDefinition.plain(name, top.size() + 1)));
        for (var group : properties.componentGroups()) {
            var members = new ArrayList<ComponentDefinition>();
            for (var c : group.components()) {
                members.add(new ComponentDefinition(required(c.name()), c.description(), positionOr(c.position(), members),
                        c.shown(), c.showcase(), c.onlyShowIfDegraded(), c.startDate(), false, List.of()));
            }
            members.sort(Comparator.comparingInt(ComponentDefinition::position));
            top.add(new ComponentDefinition(required(group.name()), group.description(), positionOr(group.position(), top),
                    group.shown(), true, false, null, true, members));
        }
        top.sort(Comparator.comparingInt(ComponentDefinition::position));
        this.layout = List.copyOf(top);
        this.names = layout.stream().flatMap(e -> e.group() ? e.components().stream() : Stream.of(e))
                .map(ComponentDefinition::name).toList();
        var seen = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        Stream.concat(names.stream(), groupNames().stream()).filter(name -> !seen.add(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("ledger.core components and component-groups name '" + name
                    + "' twice: a name must be unique, ignoring case");
        });
    }

    private static String required(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("ledger.core.component-groups: every group and component needs a name");
        }
        return name.strip();
    }

    private static int positionOr(Integer position, List<ComponentDefinition> before) {
        return position != null ? position : before.stream().mapToInt(ComponentDefinition::position).max().orElse(0) + 1;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public List<ComponentDefinition> layout() {
        return layout;
    }
}
