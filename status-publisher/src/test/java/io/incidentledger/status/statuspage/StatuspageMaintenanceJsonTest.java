package io.incidentledger.status.statuspage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.status.StatusDocument;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.testdata.IncidentScript;
import io.incidentledger.projections.maintenance.MaintenanceView;
import io.incidentledger.status.testdata.MaintenanceScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A maintenance window against Statuspage v2's documented scheduled-maintenances example, field by field. */
class StatuspageMaintenanceJsonTest {

    /**
     * Statuspage's documented example of {@code GET /api/v2/scheduled-maintenances.json}, with the fields its live
     * API also sends on maintenances and their updates ({@code started_at}, {@code components},
     * {@code affected_components}, {@code time_zone} of the page); its components have the documented component
     * fields, as in {@code components.json}.
     */
    private static final String DOCUMENTED = """
            {"page": {"id": "y2j98763l56x", "name": "Atlassian Statuspage", "url": "https://metastatuspage.com",
                      "time_zone": "Etc/UTC", "updated_at": "2013-12-03T12:04:28.341-07:00"},
             "scheduled_maintenances": [{
               "created_at": "2013-12-03T12:04:28.341-07:00",
               "id": "w1zdr745wmfy",
               "impact": "maintenance",
               "incident_updates": [{
                 "body": "Our data center has informed us that they will be performing routine network maintenance.",
                 "created_at": "2013-12-03T12:04:28.341-07:00",
                 "display_at": "2013-12-03T12:04:28.341-07:00",
                 "id": "qq0vx910b3qj",
                 "incident_id": "w1zdr745wmfy",
                 "status": "scheduled",
                 "updated_at": "2013-12-03T12:04:28.341-07:00",
                 "affected_components": [{"code": "ftgks51sfs2d", "name": "API", "old_status": "operational", "new_status": "operational"}]
               }],
               "monitoring_at": null,
               "name": "Planned Database Network Maintenance",
               "page_id": "y2j98763l56x",
               "resolved_at": null,
               "scheduled_for": "2013-12-05T00:00:00.000-07:00",
               "scheduled_until": "2013-12-05T02:00:00.000-07:00",
               "shortlink": "http://stspg.dev:5000/Q0E",
               "started_at": null,
               "status": "scheduled",
               "updated_at": "2013-12-03T12:04:28.341-07:00",
               "components": [{"created_at": "2014-05-03T01:22:07.274Z", "description": null, "group": false,
                               "group_id": null, "id": "ftgks51sfs2d", "name": "API", "only_show_if_degraded": false,
                               "page_id": "y2j98763l56x", "position": 1, "showcase": true, "start_date": null,
                               "status": "operational", "updated_at": "2013-12-03T12:04:28.341-07:00"}]
             }]}
            """;

    /** What our page answers for MNT-3, scheduled at T0 on API for 02:00–04:00 the next day: written out by hand. */
    private static final String EXPECTED = """
            {"page": {"id": "acme", "name": "Acme status", "url": "https://status.acme.test",
                      "time_zone": "Etc/UTC", "updated_at": "2026-11-22T09:00:00Z"},
             "scheduled_maintenances": [{
               "created_at": "2026-11-22T09:00:00Z",
               "id": "mnt-3",
               "impact": "maintenance",
               "incident_updates": [{
                 "body": "Scheduled from 2026-11-23T02:00:00Z to 2026-11-23T04:00:00Z.",
                 "created_at": "2026-11-22T09:00:00Z",
                 "display_at": "2026-11-22T09:00:00Z",
                 "id": "ev-mnt-3-0",
                 "incident_id": "mnt-3",
                 "status": "scheduled",
                 "updated_at": "2026-11-22T09:00:00Z",
                 "affected_components": [{"code": "api", "name": "API", "old_status": "operational", "new_status": "operational"}]
               }],
               "monitoring_at": null,
               "name": "Database upgrade",
               "page_id": "acme",
               "resolved_at": null,
               "scheduled_for": "2026-11-23T02:00:00Z",
               "scheduled_until": "2026-11-23T04:00:00Z",
               "shortlink": "https://status.acme.test/#mnt-3",
               "started_at": null,
               "status": "scheduled",
               "updated_at": "2026-11-22T09:00:00Z",
               "components": [{"created_at": "2026-11-22T09:00:00Z", "description": null, "group": false,
                               "group_id": null, "id": "api", "name": "API", "only_show_if_degraded": false,
                               "page_id": "acme", "position": 1, "showcase": true, "start_date": null,
                               "status": "operational", "updated_at": "2026-11-22T09:00:00Z"}]
             }]}
            """;

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant START = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant END = Instant.parse("2026-11-23T04:00:00Z");
    private static final StatusPageProperties PAGE =
            new StatusPageProperties("acme", "Acme status", "https://status.acme.test");
    private static final ComponentCatalog CATALOG = () -> List.of("API", "Checkout");

    private final ObjectMapper mapper = LedgerJson.newMapper();
    private final StatusDocuments documents = new StatusDocuments(PAGE, CATALOG, mapper);

    @Test
    void aScheduledWindowIsWrittenAsStatuspageDocumentsOneFieldByField() throws Exception {
        var scheduled = MaintenanceScript.schedule(3, "Database upgrade", T0, START, END, "API").view();
        JsonNode ours = read(StatusDocument.MAINTENANCES, snapshot(T0, scheduled));

        assertThat(shape(ours)).isEqualTo(shape(mapper.readTree(DOCUMENTED)));
        assertThat(ours).isEqualTo(mapper.readTree(EXPECTED));
    }

    @Test
    void aWindowIsUpcomingBeforeItStartsActiveWhileItRunsAndOnlyListedOnceCompleted() throws Exception {
        var script = MaintenanceScript.schedule(3, "Database upgrade", T0, START, END, "API");
        var upcoming = snapshot(T0, script.view());
        var running = snapshot(START, script.start(START).view());
        var done = snapshot(END, script.complete(END).view());

        assertThat(refs(StatusDocument.UPCOMING_MAINTENANCES, upcoming)).containsExactly("mnt-3");
        assertThat(refs(StatusDocument.ACTIVE_MAINTENANCES, upcoming)).isEmpty();
        assertThat(refs(StatusDocument.UPCOMING_MAINTENANCES, running)).isEmpty();
        assertThat(refs(StatusDocument.ACTIVE_MAINTENANCES, running)).containsExactly("mnt-3");
        assertThat(refs(StatusDocument.ACTIVE_MAINTENANCES, done)).isEmpty();
        assertThat(refs(StatusDocument.MAINTENANCES, done)).containsExactly("mnt-3");
        assertThat(read(StatusDocument.MAINTENANCES, done).at("/scheduled_maintenances/0/resolved_at").asText())
                .isEqualTo("2026-11-23T04:00:00Z");
        assertThat(read(StatusDocument.MAINTENANCES, running).at("/scheduled_maintenances/0/started_at").asText())
                .isEqualTo("2026-11-23T02:00:00Z");
    }

    @Test
    void summaryListsUpcomingAndRunningWindowsButNotFinishedOnes() throws Exception {
        var upcoming = MaintenanceScript.schedule(4, "Later", T0, END, END.plusSeconds(60), "API").view();
        var cancelled = MaintenanceScript.schedule(5, "Off", T0, START, END, "API").cancel("Vendor postponed", T0).view();
        var running = MaintenanceScript.schedule(3, "Now", T0, START, END, "Checkout").start(START).view();
        JsonNode summary = read(StatusDocument.SUMMARY, new StatusSnapshot(List.of(), START, null, Map.of(),
                List.of(upcoming, cancelled, running)));

        var listed = new ArrayList<String>();
        summary.path("scheduled_maintenances").forEach(window -> listed.add(window.path("id").asText()));
        assertThat(listed).containsExactly("mnt-3", "mnt-4");
        assertThat(refs(StatusDocument.MAINTENANCES, snapshot(START, cancelled))).isEmpty();
    }

    @Test
    void aRunningWindowPutsItsComponentsUnderMaintenanceButAnOpenIncidentsWorseStatusWins() throws Exception {
        var running = MaintenanceScript.schedule(3, "Upgrade", T0, START, END, "API", "Checkout").start(START).view();
        var outage = IncidentScript.declare(9, "Checkout down", Severity.SEV1, START)
                .component("Checkout", ComponentStatus.MAJOR_OUTAGE).view();
        JsonNode components = read(StatusDocument.COMPONENTS, new StatusSnapshot(List.of(outage), START, null, Map.of(),
                List.of(running))).path("components");

        assertThat(List.of(components.get(0).path("status").asText(), components.get(1).path("status").asText()))
                .containsExactly("under_maintenance", "major_outage");
        var quiet = read(StatusDocument.COMPONENTS, snapshot(START)).path("components");
        assertThat(List.of(quiet.get(0).path("status").asText(), quiet.get(1).path("status").asText()))
                .containsExactly("operational", "operational");
    }

    private static StatusSnapshot snapshot(Instant now, MaintenanceView... windows) {
        return new StatusSnapshot(List.of(), now, null, Map.of(), List.of(windows));
    }

    private List<String> refs(StatusDocument document, StatusSnapshot snapshot) throws Exception {
        var ids = new ArrayList<String>();
        read(document, snapshot).path("scheduled_maintenances").forEach(window -> ids.add(window.path("id").asText()));
        return ids;
    }

    private JsonNode read(StatusDocument document, StatusSnapshot snapshot) throws Exception {
        return mapper.readTree(documents.render(document, snapshot));
    }

    /** Every path with the JSON type at it: the keys and their kinds, not the values. */
    private static List<String> shape(JsonNode node) {
        var paths = new ArrayList<String>();
        shape("", node, paths);
        return paths.stream().sorted().toList();
    }

    private static void shape(String path, JsonNode node, List<String> paths) {
        paths.add(path + ":" + node.getNodeType());
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                shape(path + "/" + name, node.get(name), paths);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            shape(path + "/[]", node.get(0), paths);
        }
    }
}
