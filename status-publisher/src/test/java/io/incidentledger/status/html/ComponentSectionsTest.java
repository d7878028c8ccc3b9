package io.incidentledger.status.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.testdata.GroupedCatalog;
import io.incidentledger.status.testdata.IncidentScript;
import java.time.Instant;
import io.incidentledger.status.text.PageTexts;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Groups as collapsible sections, 90 bars per showcased component, hidden components nowhere. */
class ComponentSectionsTest {

    private static final StatusPageProperties PAGE = new StatusPageProperties("p", "Acme status", "https://status.acme.test");
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void aGroupIsACollapsibleSectionOpenWhileAnyOfItIsNotOperationalWithItsWorstStatus() {
        String broken = render(IncidentScript.declare(1, "DB", Severity.SEV1, T0)
                .component("Database", ComponentStatus.PARTIAL_OUTAGE).view());
        String fine = render(IncidentScript.declare(2, "DB", Severity.SEV1, T0)
                .component("Database", ComponentStatus.PARTIAL_OUTAGE).status(IncidentStatus.RESOLVED, "Fixed").view());

        assertThat(broken).contains("<li class=\"group partial_outage\" id=\"group-platform\"><details open><summary>"
                + "<span class=\"row\"><span>Platform</span> <span class=\"component-status is-partial_outage\">"
                + "Partial outage</span></span></summary><p class=\"description\">What everything runs on</p>");
        assertThat(fine).contains("<li class=\"group operational\" id=\"group-platform\"><details><summary>");
    }

    @Test
    void eachShowcasedComponentHasNinetyBarsColouredByTheDaysWorstStatusWithItsMinutesAndItsUptime() {
        // declared 09:00, partial outage from 09:01, resolved at 09:02: one minute down today, shown at 10:00
        String html = render(IncidentScript.declare(3, "DB", Severity.SEV1, T0)
                .component("Database", ComponentStatus.PARTIAL_OUTAGE).status(IncidentStatus.RESOLVED, "Fixed").view());
        String database = section(html, "component-database");

        assertThat(Pattern.compile("<li class=\"bar ").matcher(database).results().count()).isEqualTo(90);
        // Database counts from 1 Oct: 25 Aug to 30 Sep, 37 days, have no data
        assertThat(Pattern.compile("<li class=\"bar no-data\"").matcher(database).results().count()).isEqualTo(37);
        assertThat(database).contains("<li class=\"bar partial_outage\" tabindex=\"0\"><span class=\"tip\">22 Nov 2026: "
                + "Partial outage 1 min, Operational 599 min</span></li></ol>");
        // 52 days × 1440 + 600 = 75 480 minutes, 1 down: 99.9986… rounded down
        assertThat(database).contains("<span class=\"percent\">99.99 % uptime</span>");
        assertThat(section(html, "component-api")).contains("<span class=\"percent\">100.00 % uptime</span>");
    }

    @Test
    void hiddenComponentsAreNowhereAndOnlyShowIfDegradedWaitsForTrouble() {
        String html = render(IncidentScript.declare(4, "Broker down", Severity.SEV2, T0)
                .component("Queue", ComponentStatus.MAJOR_OUTAGE).view());
        String degraded = render(IncidentScript.declare(5, "Slow results", Severity.SEV2, T0)
                .component("Search", ComponentStatus.DEGRADED_PERFORMANCE).view());

        assertThat(html).doesNotContain("Queue").doesNotContain("component-search");
        assertThat(html).contains("<header class=\"status outage\">");
        // Search is not showcased: a row, no bars
        assertThat(section(degraded, "component-search")).contains("Degraded performance").doesNotContain("class=\"bars\"");
    }

    private static String render(io.incidentledger.projections.status.IncidentView view) {
        return StatusPageHtml.render(PAGE, new GroupedCatalog(), StatusSnapshot.live(List.of(view), T0.plusSeconds(3600),
                Map.of()), PageTexts.of(Locale.ENGLISH, ZoneId.of("UTC")));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</li></ol>", start) + "</li></ol>".length() + 200);
    }
}
