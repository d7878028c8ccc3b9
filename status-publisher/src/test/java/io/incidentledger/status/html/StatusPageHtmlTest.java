package io.incidentledger.status.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.testdata.IncidentScript;
import io.incidentledger.status.text.PageTexts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import io.incidentledger.api.component.ComponentCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusPageHtmlTest {

    private static final StatusPageProperties PAGE =
            new StatusPageProperties("p", "Acme status", "https://status.acme.test");
    private static final ComponentCatalog CATALOG = () -> List.of("API", "Checkout");
    private static final PageTexts ENGLISH = PageTexts.of(Locale.ENGLISH, ZoneId.of("UTC"));
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant NOW = T0.plus(Duration.ofHours(1));

    @Test
    void noOpenIncidentMeansAGreenHeaderWithEveryComponentOperational() {
        String html = render(List.of());

        assertThat(html).contains("<header class=\"status operational\"><p class=\"identity\"><span class=\"page-name\">Acme status</span></p>"
                + "<h1>All Systems Operational</h1>",
                "<span>API</span> <span class=\"component-status is-operational\">Operational</span>",
                "<span>Checkout</span> <span class=\"component-status is-operational\">Operational</span>",
                "No incidents in the last 14 days.", "href=\"history.atom\"");
    }

    @Test
    void aMajorIncidentTurnsTheHeaderRedAndNamesIt() {
        String html = render(List.of(IncidentScript.declare(3, "Checkout errors", Severity.SEV2, T0).view()));

        assertThat(html).contains("<header class=\"status outage\">", "<h1>Ongoing incident</h1>",
                "<a href=\"#inc-3\">Checkout errors</a>", "22 Nov 2026, 09:00 UTC")
                .doesNotContain("All Systems Operational");
    }

    @Test
    void aMinorIncidentTurnsTheHeaderOrange() {
        String html = render(List.of(IncidentScript.declare(4, "Slow search", Severity.SEV3, T0).view()));

        assertThat(html).contains("<header class=\"status degraded\">", "Slow search");
    }

    @Test
    void aDegradedComponentTurnsTheHeaderOrangeAndShowsOnTheComponentAndTheIncident() {
        IncidentView view = IncidentScript.declare(5, "Latency", Severity.SEV4, T0)
                .component("API", ComponentStatus.DEGRADED_PERFORMANCE).view();

        String html = render(List.of(view));

        assertThat(html).contains("<header class=\"status degraded\">",
                "<li class=\"component degraded_performance\" id=\"component-api\"><span class=\"row\"><span>API</span> "
                        + "<span class=\"component-status is-degraded_performance\">Degraded performance</span>",
                "Affected: API (Degraded performance)");
    }

    @Test
    void updatesAreListedNewestFirstWithStatusLabelAndTimeZone() {
        IncidentView view = IncidentScript.declare(6, "Checkout errors", Severity.SEV2, T0)
                .status(IncidentStatus.IDENTIFIED, "Bad deploy").update("Rolling back").view();

        String html = render(List.of(view));

        assertThat(html).containsSubsequence("Rolling back", "09:02 UTC", "Bad deploy", "09:01 UTC",
                "We are investigating", "09:00 UTC");
        assertThat(html).contains("<span class=\"incident-status\">Identified</span>");
    }

    @Test
    void aBusyFortnightListsOnlyTheNewestPastIncidentsAndSaysThereAreMore() {
        var resolved = new java.util.ArrayList<IncidentView>();
        for (int n = 1; n <= 26; n++) {
            resolved.add(IncidentScript.declare(100 + n, "Outage number " + n, Severity.SEV3, T0.minus(Duration.ofHours(26 - n)))
                    .status(IncidentStatus.RESOLVED, "Fixed").view());
        }

        String html = render(resolved);

        assertThat(html).contains("<strong>Outage number 26</strong>", "<strong>Outage number 2</strong>",
                        "Only the 25 most recently declared of the last 14 days are shown here; the feeds below list more.")
                .doesNotContain("<strong>Outage number 1</strong>");
        assertThat(render(resolved.subList(1, 26))).contains("<strong>Outage number 2</strong>")
                .doesNotContain("most recently declared");
    }

    @Test
    void resolvedIncidentsOfTheLast14DaysAreListedAsPastOnly() {
        IncidentView recent = IncidentScript.declare(7, "Recent outage", Severity.SEV2, T0)
                .status(IncidentStatus.RESOLVED, "Fixed").view();
        IncidentView old = IncidentScript.declare(8, "Ancient outage", Severity.SEV2, T0.minus(Duration.ofDays(20)))
                .status(IncidentStatus.RESOLVED, "Fixed long ago").view();

        String html = render(List.of(recent, old));

        assertThat(html).contains("<header class=\"status operational\">", "<h2>Past incidents</h2>",
                "<strong>Recent outage</strong>", "Resolved 22 Nov 2026, 09:01 UTC").doesNotContain("Ancient outage");
    }

    @Test
    void scriptInTitlesAndUpdatesIsShownAsTextAndSlackMarkupBecomesSafeHtml() {
        IncidentView view = IncidentScript.declare(9, "<script>alert(1)</script>", Severity.SEV2, T0)
                .update("<script>alert(2)</script> see <https://acme.test/x?a=1&b=2|the *runbook*> *now* _please_ <@U0ADA>")
                .view();

        String html = render(List.of(view));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;script&gt;alert(2)&lt;/script&gt;",
                "<a href=\"https://acme.test/x?a=1&amp;b=2\" rel=\"nofollow noopener\">the *runbook*</a>",
                "<strong>now</strong>", "<em>please</em>", "<span class=\"mention\">@Ada Lovelace</span>");
    }

    @Test
    void aHistoricalViewSaysSo() {
        String html = StatusPageHtml.render(PAGE, CATALOG, new StatusSnapshot(List.of(), NOW, T0, Map.of()), ENGLISH);

        assertThat(html).contains("class=\"historical\"", "Historical view", "22 Nov 2026, 09:00 UTC");
        assertThat(render(List.of())).doesNotContain("Historical view");
    }

    @Test
    void theHeadDescribesThePageForSearchResultsAndNeedsNoFaviconRequest() {
        String quiet = render(List.of());
        String busy = render(List.of(IncidentScript.declare(5, "Checkout errors", Severity.SEV2, T0).view()));

        assertThat(quiet).contains("<meta name=\"description\" content=\"Acme status: no ongoing incidents. "
                + "Live status of every component, incident updates and the past 14 days of incidents");
        assertThat(busy).contains("content=\"Acme status: 1 ongoing incident.");
        assertThat(quiet).contains("<link rel=\"icon\" href=\"data:image/svg+xml,");
    }

    @Test
    void theConsoleIsLinkedOnlyWhereItsAddressIsConfigured() {
        var withConsole = new StatusPageProperties(PAGE.id(), PAGE.name(), PAGE.url(), PAGE.export(),
                PAGE.notifications(), "https://ledger.acme.test/console?from=status&x=\"y\"");
        String linked = StatusPageHtml.render(withConsole, CATALOG, StatusSnapshot.live(List.of(), NOW, Map.of()), ENGLISH);

        assertThat(linked).contains("<footer><p><a href=\"https://ledger.acme.test/console?from=status&amp;x=&quot;y&quot;\">"
                + "Incident console</a> (for responders, sign-in needed)</p></footer>");
        assertThat(render(List.of())).doesNotContain("<footer", "Incident console");
    }

    private static String render(List<IncidentView> incidents) {
        return StatusPageHtml.render(PAGE, CATALOG, StatusSnapshot.live(incidents, NOW, Map.of("U0ADA", "Ada Lovelace")), ENGLISH);
    }
}
