package io.incidentledger.status.components;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.component.ComponentDefinition;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.projections.status.ComponentChange;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.statuspage.ComponentHealth;
import io.incidentledger.status.uptime.ComponentHistories;
import io.incidentledger.status.uptime.UptimeFold;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalog's public components and groups as one snapshot shows them: statuses from the unresolved incidents and
 * the running maintenance windows, uptime folded from every incident's and window's component history up to the
 * moment (to the minute, so a cached page and a fresh render agree). Components not {@code shown}, and every
 * component of a hidden group, are left out.
 */
public record ComponentBoard(List<BoardEntry> top) {

    /** Statuses only: what the JSON shows. */
    public static ComponentBoard of(ComponentCatalog catalog, StatusSnapshot snapshot) {
        return of(catalog, snapshot, null);
    }

    /** {@code maintenanceIsDowntime} null: no uptime folded. */
    public static ComponentBoard of(ComponentCatalog catalog, StatusSnapshot snapshot, Boolean maintenanceIsDowntime) {
        var unresolved = snapshot.unresolved();
        var maintained = snapshot.underMaintenance();
        Map<String, List<ComponentChange>> history = maintenanceIsDowntime == null ? Map.of()
                : ComponentHistories.of(snapshot.incidents(), snapshot.maintenances()).stream()
                .collect(Collectors.groupingBy(ComponentChange::component));
        Instant end = snapshot.moment().truncatedTo(ChronoUnit.MINUTES);
        var top = new ArrayList<BoardEntry>();
        for (ComponentDefinition entry : catalog.layout()) {
            if (!entry.shown()) {
                continue;
            }
            if (!entry.group()) {
                top.add(component(entry, null, unresolved, maintained, history, end, maintenanceIsDowntime));
                continue;
            }
            String groupId = id(entry.name());
            List<BoardEntry> members = entry.components().stream().filter(ComponentDefinition::shown)
                    .map(member -> component(member, groupId, unresolved, maintained, history, end, maintenanceIsDowntime))
                    .toList();
            ComponentStatus worst = members.stream().map(BoardEntry::status).max(ComponentHealth.BY_SEVERITY)
                    .orElse(ComponentStatus.OPERATIONAL);
            top.add(new BoardEntry(entry, groupId, worst, null, members, null));
        }
        return new ComponentBoard(List.copyOf(top));
    }

    private static BoardEntry component(ComponentDefinition definition, String groupId,
                                        List<IncidentView> unresolved, Set<String> maintained,
                                        Map<String, List<ComponentChange>> history, Instant end,
                                        Boolean maintenanceIsDowntime) {
        return new BoardEntry(definition, id(definition.name()), ComponentHealth.worst(definition.name(), unresolved, maintained),
                groupId, List.of(), maintenanceIsDowntime == null ? null : UptimeFold.fold(definition.name(),
                history.getOrDefault(definition.name(), List.of()), definition.startDate(), end, maintenanceIsDowntime));
    }

    /** Of {@code components}, in their order, those the public sees: a group's hidden members are left out. */
    public List<String> shownOf(List<String> components) {
        var shown = flat().stream().filter(entry -> !entry.group()).map(BoardEntry::name).collect(Collectors.toSet());
        return components.stream().filter(shown::contains).toList();
    }

    /** Statuspage order: each top-level entry, a group followed by its members. */
    public List<BoardEntry> flat() {
        return top.stream().flatMap(entry -> Stream.concat(Stream.of(entry), entry.members().stream())).toList();
    }

    public boolean anyNotOperational() {
        return flat().stream().anyMatch(entry -> entry.status() != ComponentStatus.OPERATIONAL);
    }

    /** A stable id: the name's slug (lower case, runs of anything but a-z and 0-9 as one dash). */
    public static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
