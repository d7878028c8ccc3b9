package io.incidentledger.status.statuspage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.status.StatusDocument;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.testdata.GroupedCatalog;
import io.incidentledger.status.testdata.IncidentScript;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * components.json with a group, against Statuspage v2's documented example of a component ({@code created_at,
 * description, group, group_id, id, name, only_show_if_degraded, page_id, position, showcase, start_date, status,
 * updated_at}) and of a group ({@code group: true} and {@code components}, its members' ids), field by field.
 */
class ComponentsJsonShapeTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private final ObjectMapper mapper = LedgerJson.newMapper();
    private final StatusDocuments documents = new StatusDocuments(
            new StatusPageProperties("acme", "Acme status", "https://status.acme.test"), new GroupedCatalog(), mapper);
    private final StatusSnapshot snapshot = StatusSnapshot.live(List.of(IncidentScript.declare(1, "DB down", Severity.SEV1, T0)
            .component("Database", ComponentStatus.MAJOR_OUTAGE).component("Queue", ComponentStatus.MAJOR_OUTAGE).view()),
            T0.plusSeconds(3600), Map.of());

    // Statuspage's example, with this page's values; "components" only on the group; Queue is not public
    private static final String EXPECTED = """
            {"page": {"id": "acme", "name": "Acme status", "url": "https://status.acme.test", "time_zone": "Etc/UTC",
                      "updated_at": "2026-11-22T09:02:00Z"},
             "components": [
              {"created_at": "2026-11-22T09:02:00Z", "description": null, "group": false, "group_id": null, "id": "api",
               "name": "API", "only_show_if_degraded": false, "page_id": "acme", "position": 1, "showcase": true,
               "start_date": null, "status": "operational", "updated_at": "2026-11-22T09:02:00Z"},
              {"created_at": "2026-11-22T09:02:00Z", "description": "What everything runs on", "group": true,
               "group_id": null, "id": "platform", "name": "Platform", "only_show_if_degraded": false, "page_id": "acme",
               "position": 2, "showcase": true, "start_date": null, "status": "major_outage",
               "updated_at": "2026-11-22T09:02:00Z", "components": ["database", "search"]},
              {"created_at": "2026-10-01T00:00:00Z", "description": "PostgreSQL", "group": false, "group_id": "platform",
               "id": "database", "name": "Database", "only_show_if_degraded": false, "page_id": "acme", "position": 1,
               "showcase": true, "start_date": "2026-10-01", "status": "major_outage", "updated_at": "2026-11-22T09:02:00Z"},
              {"created_at": "2026-11-22T09:02:00Z", "description": null, "group": false, "group_id": "platform",
               "id": "search", "name": "Search", "only_show_if_degraded": true, "page_id": "acme", "position": 3,
               "showcase": false, "start_date": null, "status": "operational", "updated_at": "2026-11-22T09:02:00Z"}
             ]}
            """;

    @Test
    void componentsJsonListsGroupsAndTheirPublicComponentsAsStatuspageDocumentsThem() throws Exception {
        JsonNode actual = mapper.readTree(documents.render(StatusDocument.COMPONENTS, snapshot));
        JsonNode expected = mapper.readTree(EXPECTED);

        assertThat(actual.path("components")).hasSameSizeAs(expected.path("components"));
        for (int i = 0; i < expected.path("components").size(); i++) {
            JsonNode want = expected.path("components").get(i);
            JsonNode got = actual.path("components").get(i);
            assertThat(fieldNames(got)).as("component %d", i).containsExactlyInAnyOrderElementsOf(fieldNames(want));
            want.fields().forEachRemaining(field -> assertThat(got.get(field.getKey()))
                    .as(want.path("id").asText() + "." + field.getKey()).isEqualTo(field.getValue()));
        }
        assertThat(actual.path("page")).isEqualTo(expected.path("page"));
    }

    @Test
    void aHiddenComponentIsAbsentFromTheSummaryAndFromItsIncidents() throws Exception {
        String raw = new String(documents.render(StatusDocument.SUMMARY, snapshot), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode incident = mapper.readTree(raw).path("incidents").get(0);

        assertThat(raw).doesNotContain("Queue", "queue");
        assertThat(incident.path("components")).extracting(node -> node.path("id").asText()).containsExactly("database");
        assertThat(incident.path("incident_updates").get(0).path("affected_components"))
                .extracting(node -> node.path("code").asText()).containsExactly("database");
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
