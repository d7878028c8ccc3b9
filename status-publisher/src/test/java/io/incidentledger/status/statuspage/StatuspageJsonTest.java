package io.incidentledger.status.statuspage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.status.StatusDocument;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.testdata.IncidentScript;
import java.time.Instant;
import io.incidentledger.api.component.ComponentCatalog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each endpoint against Statuspage's documented v2 shapes: keys, JSON types and enum values. */
class StatuspageJsonTest {

    private static final Set<String> INDICATORS = Set.of("none", "minor", "major", "critical");
    private static final Set<String> INCIDENT_STATUSES = Set.of("investigating", "identified", "monitoring", "resolved", "postmortem");
    private static final Set<String> IMPACTS = Set.of("none", "minor", "major", "critical");
    private static final Set<String> COMPONENT_STATUSES = Set.of("operational", "degraded_performance", "partial_outage",
            "major_outage", "under_maintenance");
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final StatusPageProperties PAGE =
            new StatusPageProperties("acme", "Acme status", "https://status.acme.test");
    private static final ComponentCatalog CATALOG = () -> List.of("API", "Checkout");

    private final ObjectMapper mapper = LedgerJson.newMapper();
    private final StatusDocuments documents = new StatusDocuments(PAGE, CATALOG, mapper);
    private final StatusSnapshot snapshot = StatusSnapshot.live(List.of(
            IncidentScript.declare(1, "Checkout <script>alert(1)</script>", Severity.SEV2, T0)
                    .component("Checkout", ComponentStatus.MAJOR_OUTAGE)
                    .status(IncidentStatus.IDENTIFIED, "Found it, see <https://x.test|runbook> <@U0ADA>").view(),
            IncidentScript.declare(2, "Old", Severity.SEV3, T0.minusSeconds(7200))
                    .status(IncidentStatus.CLOSED, "Done").view()),
            T0.plusSeconds(3600), Map.of("U0ADA", "Ada"));

    @Test
    void summaryHasPageStatusComponentsUnresolvedIncidentsAndMaintenances() throws Exception {
        JsonNode summary = read(StatusDocument.SUMMARY);

        assertThat(fieldNames(summary)).containsExactlyInAnyOrder("page", "status", "components", "incidents",
                "scheduled_maintenances");
        assertPage(summary.path("page"));
        assertThat(summary.path("status").path("indicator").asText()).isEqualTo("major");
        assertThat(summary.path("status").path("description").isTextual()).isTrue();
        assertThat(summary.path("components")).hasSize(2).allSatisfy(this::assertComponent);
        assertThat(summary.path("components").get(1).path("status").asText()).isEqualTo("major_outage");
        assertThat(summary.path("incidents")).hasSize(1).allSatisfy(this::assertIncident);
        assertThat(summary.path("scheduled_maintenances").isArray()).isTrue();
    }

    @Test
    void statusHasPageAndIndicator() throws Exception {
        JsonNode status = read(StatusDocument.STATUS);

        assertThat(fieldNames(status)).containsExactlyInAnyOrder("page", "status");
        assertPage(status.path("page"));
        assertThat(INDICATORS).contains(status.path("status").path("indicator").asText());
    }

    @Test
    void componentsListsTheConfiguredComponentsInOrder() throws Exception {
        JsonNode components = read(StatusDocument.COMPONENTS);

        assertPage(components.path("page"));
        assertThat(components.path("components")).allSatisfy(this::assertComponent);
        assertThat(components.path("components").get(0).path("name").asText()).isEqualTo("API");
        assertThat(components.path("components").get(0).path("position").asInt()).isEqualTo(1);
    }

    @Test
    void incidentsListsAllNewestFirstAndUnresolvedOnlyTheOpenOnes() throws Exception {
        JsonNode all = read(StatusDocument.INCIDENTS);
        JsonNode unresolved = read(StatusDocument.UNRESOLVED);

        assertThat(all.path("incidents")).hasSize(2).allSatisfy(this::assertIncident);
        assertThat(all.path("incidents").get(1).path("status").asText()).isEqualTo("resolved");
        assertThat(unresolved.path("incidents")).hasSize(1);
        assertThat(unresolved.path("incidents").get(0).path("status").asText()).isEqualTo("identified");
    }

    @Test
    void chatTextIsPlainAndTheRawJsonCannotOpenATag() throws Exception {
        String raw = new String(documents.render(StatusDocument.SUMMARY, snapshot), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode incident = mapper.readTree(raw).path("incidents").get(0);

        assertThat(raw).doesNotContain("<script>").contains("\\u003Cscript\\u003E");
        assertThat(incident.path("name").asText()).isEqualTo("Checkout <script>alert(1)</script>");
        assertThat(incident.path("incident_updates").get(0).path("body").asText())
                .isEqualTo("Found it, see runbook (https://x.test) @Ada");
    }

    private void assertPage(JsonNode page) {
        assertThat(fieldNames(page)).containsExactlyInAnyOrder("id", "name", "url", "time_zone", "updated_at");
        assertThat(page.path("id").asText()).isEqualTo("acme");
        assertThat(page.path("url").asText()).isEqualTo("https://status.acme.test");
        assertInstant(page.path("updated_at"));
    }

    private void assertComponent(JsonNode component) {
        assertThat(fieldNames(component)).contains("id", "name", "status", "position", "updated_at");
        assertThat(component.path("id").isTextual()).isTrue();
        assertThat(COMPONENT_STATUSES).contains(component.path("status").asText());
        assertThat(component.path("position").isInt()).isTrue();
        assertInstant(component.path("updated_at"));
    }

    private void assertIncident(JsonNode incident) {
        assertThat(fieldNames(incident)).contains("id", "name", "status", "impact", "created_at", "updated_at",
                "monitoring_at", "resolved_at", "started_at", "shortlink", "incident_updates");
        assertThat(INCIDENT_STATUSES).contains(incident.path("status").asText());
        assertThat(IMPACTS).contains(incident.path("impact").asText());
        for (String time : List.of("created_at", "updated_at", "started_at")) {
            assertInstant(incident.path(time));
        }
        for (String time : List.of("monitoring_at", "resolved_at")) {
            assertThat(incident.path(time).isNull() || incident.path(time).isTextual()).isTrue();
        }
        assertThat(incident.path("shortlink").asText()).startsWith("https://status.acme.test/#inc-");
        JsonNode updates = incident.path("incident_updates");
        assertThat(updates).isNotEmpty().allSatisfy(update -> {
            assertThat(fieldNames(update)).contains("id", "status", "body", "created_at", "display_at", "affected_components");
            assertThat(INCIDENT_STATUSES).contains(update.path("status").asText());
            assertThat(update.path("body").isTextual()).isTrue();
            assertInstant(update.path("created_at"));
            assertInstant(update.path("display_at"));
            assertThat(update.path("affected_components").isArray()).isTrue();
        });
        for (int i = 1; i < updates.size(); i++) {
            assertThat(Instant.parse(updates.get(i - 1).path("created_at").asText()))
                    .isAfterOrEqualTo(Instant.parse(updates.get(i).path("created_at").asText()));
        }
    }

    private static void assertInstant(JsonNode node) {
        assertThat(node.isTextual()).as("%s is an ISO-8601 string", node).isTrue();
        Instant.parse(node.asText());
    }

    private JsonNode read(StatusDocument document) throws Exception {
        return mapper.readTree(documents.render(document, snapshot));
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
