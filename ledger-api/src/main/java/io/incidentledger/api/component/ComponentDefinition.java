package io.incidentledger.api.component;

import java.time.LocalDate;
import java.util.List;

/**
 * A component, or a group of them (two levels, as Statuspage has: a group's {@code components} are never groups).
 * {@code shown} false keeps it off every public output; {@code showcase} shows its uptime bars; {@code startDate}
 * is the first day its uptime counts (null: the whole window).
 */
public record ComponentDefinition(String name, String description, int position, boolean shown, boolean showcase,
                                  boolean onlyShowIfDegraded, LocalDate startDate, boolean group,
                                  List<ComponentDefinition> components) {

    public ComponentDefinition {
        description = description == null ? "" : description.strip();
        components = List.copyOf(components);
    }

    /** A name from the plain list: ungrouped, public, no description. */
    public static ComponentDefinition plain(String name, int position) {
        return new ComponentDefinition(name, "", position, true, true, false, null, false, List.of());
    }
}
