package io.incidentledger.status.testdata;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.component.ComponentDefinition;
import java.time.LocalDate;
import java.util.List;

/**
 * A catalog with a group: API (ungrouped), then Platform (described) with Database (from 2026-10-01), Queue
 * (hidden from the public) and Search.
 */
public final class GroupedCatalog implements ComponentCatalog {

    public static final LocalDate DATABASE_START = LocalDate.parse("2026-10-01");

    private static final List<ComponentDefinition> LAYOUT = List.of(ComponentDefinition.plain("API", 1),
            new ComponentDefinition("Platform", "What everything runs on", 2, true, true, false, null, true, List.of(
                    new ComponentDefinition("Database", "PostgreSQL", 1, true, true, false, DATABASE_START, false, List.of()),
                    new ComponentDefinition("Queue", "", 2, false, true, false, null, false, List.of()),
                    new ComponentDefinition("Search", "", 3, true, false, true, null, false, List.of()))));

    @Override
    public List<String> names() {
        return List.of("API", "Database", "Queue", "Search");
    }

    @Override
    public List<ComponentDefinition> layout() {
        return LAYOUT;
    }
}
