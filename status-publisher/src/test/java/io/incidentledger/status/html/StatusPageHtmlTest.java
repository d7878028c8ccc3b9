package io.incidentledger.status.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.IncidentUpdateView;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusPageHtmlTest {

    private static final StatusPageProperties PAGE =
            new StatusPageProperties("p", "Acme status", "https://status.acme.test", List.of());
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void noOpenIncidentMeansAGreenHeader() {
        String html = StatusPageHtml.render(PAGE, List.of());

        assertThat(html).contains("class=\"status operational\"", "All Systems Operational");
    }

    @Test
    void anOpenIncidentTurnsTheHeaderRedAndNamesIt() {
        String html = StatusPageHtml.render(PAGE, List.of(view("Checkout errors")));

        assertThat(html).contains("class=\"status outage\"", "Checkout errors", "22 Nov 2026, 09:00 UTC")
                .doesNotContain("All Systems Operational");
    }

    @Test
    void chatTextIsEscapedNeverRun() {
        String html = StatusPageHtml.render(PAGE, List.of(view("<script>alert(1)</script>")));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    private static IncidentView view(String title) {
        return new IncidentView(IncidentId.random(), new IncidentRef(3), title, Severity.SEV2,
                IncidentStatus.INVESTIGATING, T0, T0, null, null, java.util.Map.of(),
                List.of(new IncidentUpdateView("u1", IncidentStatus.INVESTIGATING, "Looking into it", T0)), 0);
    }
}
