package io.incidentledger.projections.status;

import static io.incidentledger.api.id.ComponentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an incident gives its components over time, as the uptime bars read it from the view. */
class IncidentComponentHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void changesAreKeptInOrderAndResolvingGivesOperationalUntilAReopenGivesTheStatusesBack() {
        var incident = new ScriptedIncident(3);
        IncidentView view = fold(incident.declared("Slow", Severity.SEV2, T0),
                incident.component("API", OPERATIONAL, MAJOR_OUTAGE, T0.plusSeconds(60)),
                incident.component("Queue", OPERATIONAL, UNDER_MAINTENANCE, T0.plusSeconds(120)),
                incident.status(IncidentStatus.INVESTIGATING, IncidentStatus.RESOLVED, "Fixed", ScriptedIncident.ADA,
                        T0.plusSeconds(600)),
                incident.component("API", MAJOR_OUTAGE, OPERATIONAL, T0.plusSeconds(600)),
                incident.reopened("Back", T0.plusSeconds(900)));

        assertThat(view.componentHistory()).containsExactly(
                new ComponentChange("API", MAJOR_OUTAGE, T0.plusSeconds(60)),
                new ComponentChange("Queue", UNDER_MAINTENANCE, T0.plusSeconds(120)),
                new ComponentChange("API", OPERATIONAL, T0.plusSeconds(600)),
                new ComponentChange("Queue", OPERATIONAL, T0.plusSeconds(600)),
                new ComponentChange("API", OPERATIONAL, T0.plusSeconds(600)),
                new ComponentChange("Queue", UNDER_MAINTENANCE, T0.plusSeconds(900)));
    }

    @Test
    void theHistorySurvivesTheStoresJsonAndAViewStoredWithoutOneReadsAsNone() throws Exception {
        var incident = new ScriptedIncident(4);
        IncidentView view = fold(incident.declared("Slow", Severity.SEV2, T0),
                incident.component("API", OPERATIONAL, PARTIAL_OUTAGE, T0.plusSeconds(60)));
        var serde = JsonSerdes.incidentViews(LedgerJson.newMapper());

        IncidentView read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", view));
        var mapper = LedgerJson.newMapper();
        var old = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(view);
        old.remove("componentHistory");

        assertThat(read).isEqualTo(view);
        assertThat(read.componentHistory()).containsExactly(new ComponentChange("API", PARTIAL_OUTAGE, T0.plusSeconds(60)));
        assertThat(mapper.treeToValue(old, IncidentView.class).componentHistory()).isEmpty();
    }

    private static IncidentView fold(LedgerEvent... events) {
        IncidentView view = null;
        for (LedgerEvent event : List.of(events)) {
            view = IncidentProjector.apply(view, event);
        }
        return view;
    }
}
