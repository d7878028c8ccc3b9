package io.incidentledger.status.components;

import static io.incidentledger.api.id.ComponentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.status.StatusDocument;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.testdata.GroupedCatalog;
import io.incidentledger.status.testdata.MaintenanceScript;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A running window on the Platform group, as the ledger records it (the group expanded to its members): each
 * public member and the group show under maintenance, on the board, in today's bars and in components.json.
 */
class GroupMaintenanceBoardTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private final ObjectMapper mapper = LedgerJson.newMapper();
    private final GroupedCatalog catalog = new GroupedCatalog();
    private final StatusSnapshot running = new StatusSnapshot(List.of(), T0.plusSeconds(3600), null, Map.of(), List.of(
            MaintenanceScript.schedule(7, "Platform upgrade", T0, T0.plusSeconds(600), T0.plusSeconds(7200),
                    "Database", "Queue", "Search").start(T0.plusSeconds(600)).view()));

    @Test
    void theGroupAndItsPublicMembersAreUnderMaintenanceOnTheBoardAndUngroupedOnesAreNot() {
        ComponentBoard board = ComponentBoard.of(catalog, running, false);

        Map<String, Object> statuses = new HashMap<>();
        board.flat().forEach(entry -> statuses.put(entry.name(), entry.status()));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of("API", OPERATIONAL, "Platform", UNDER_MAINTENANCE,
                "Database", UNDER_MAINTENANCE, "Search", UNDER_MAINTENANCE));
        BoardEntry database = board.flat().stream().filter(entry -> entry.name().equals("Database")).findFirst().orElseThrow();
        // today up to 10:00: 9 h 10 min operational, then 50 min under maintenance
        assertThat(database.uptime().days().get(89).worst()).isEqualTo(UNDER_MAINTENANCE);
        assertThat(database.uptime().days().get(89).minutes(UNDER_MAINTENANCE)).isEqualTo(50);
        assertThat(database.uptime().days().get(89).minutes(OPERATIONAL)).isEqualTo(550);
    }

    @Test
    void componentsJsonShowsTheGroupAndItsMembersUnderMaintenance() throws Exception {
        var documents = new StatusDocuments(new StatusPageProperties("acme", "Acme status", "https://status.acme.test"),
                catalog, mapper);
        JsonNode components = mapper.readTree(documents.render(StatusDocument.COMPONENTS, running)).path("components");

        Map<String, String> statuses = new HashMap<>();
        components.forEach(component -> statuses.put(component.path("id").asText(), component.path("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of("api", "operational", "platform", "under_maintenance",
                "database", "under_maintenance", "search", "under_maintenance"));
    }

    @Test
    void thePageAndTheFeedsNameTheWindowsPublicComponentsAndNeverTheGroupsHiddenOne() {
        var documents = new StatusDocuments(new StatusPageProperties("acme", "Acme status", "https://status.acme.test"),
                catalog, mapper);

        String page = new String(documents.render(StatusDocument.PAGE, running), StandardCharsets.UTF_8);
        assertThat(page).contains("Under maintenance: Database, Search").doesNotContain("Queue");
        assertThat(new String(documents.render(StatusDocument.ATOM, running), StandardCharsets.UTF_8))
                .contains("Database, Search").doesNotContain("Queue");
        assertThat(new String(documents.render(StatusDocument.RSS, running), StandardCharsets.UTF_8))
                .contains("Database, Search").doesNotContain("Queue");
    }
}
