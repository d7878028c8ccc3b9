package io.incidentledger.status.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.feed.AtomFeed;
import io.incidentledger.status.feed.RssFeed;
import io.incidentledger.status.testdata.IncidentScript;
import io.incidentledger.status.testdata.MaintenanceScript;
import io.incidentledger.status.text.PageTexts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Maintenance on the page and in the feeds: beside the incidents, never instead of them. */
class MaintenanceSectionsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final StatusPageProperties PAGE =
            new StatusPageProperties("acme", "Acme status", "https://status.acme.test");
    private static final ComponentCatalog CATALOG = () -> List.of("API", "Checkout");

    private static final PageTexts ENGLISH = PageTexts.of(Locale.ENGLISH, ZoneId.of("UTC"));
    private static final PageTexts GERMAN = PageTexts.of(Locale.GERMAN, ZoneId.of("Europe/Berlin"));

    private final StatusSnapshot snapshot = new StatusSnapshot(
            List.of(IncidentScript.declare(7, "Checkout errors", Severity.SEV2, T0)
                    .component("Checkout", ComponentStatus.PARTIAL_OUTAGE).view()),
            T0.plusSeconds(600), null, Map.of(), List.of(
                    MaintenanceScript.schedule(3, "Database <b>upgrade</b>", T0, T0, T0.plusSeconds(3600), "API", "Checkout")
                            .start(T0).update("Halfway & going", T0.plusSeconds(300)).view(),
                    MaintenanceScript.schedule(4, "Network work", T0, T0.plusSeconds(86_400), T0.plusSeconds(90_000), "API").view()));

    @Test
    void aRunningWindowShowsBesideTheOpenIncidentWhoseWorseStatusStillShows() {
        String html = StatusPageHtml.render(PAGE, CATALOG, snapshot, ENGLISH);

        assertThat(html).contains("<section class=\"incident\" id=\"inc-7\">", "<section class=\"maintenance\" id=\"mnt-3\">",
                "<h2>Database &lt;b&gt;upgrade&lt;/b&gt;</h2>", "In progress</span> · Scheduled maintenance",
                "Halfway &amp; going", "Under maintenance: API, Checkout");
        assertThat(html).contains("<li class=\"component under_maintenance\" id=\"component-api\"><span class=\"row\"><span>API</span> "
                        + "<span class=\"component-status is-under_maintenance\">Under maintenance</span>",
                "<li class=\"component partial_outage\" id=\"component-checkout\"><span class=\"row\"><span>Checkout</span> "
                        + "<span class=\"component-status is-partial_outage\">Partial outage</span>");
        // today's bar: API's ten minutes under maintenance colour it; Checkout's outage is worse than its maintenance
        assertThat(bars(html, "API")).endsWith("<li class=\"bar under_maintenance\"");
        assertThat(bars(html, "Checkout")).endsWith("<li class=\"bar partial_outage\"");
        assertThat(html.indexOf("id=\"inc-7\"")).isLessThan(html.indexOf("id=\"mnt-3\""));
    }

    @Test
    void upcomingWindowsAreListedWithTheirTimes() {
        String html = StatusPageHtml.render(PAGE, CATALOG, snapshot, ENGLISH);

        assertThat(html).contains("<section class=\"upcoming\"><h2>Scheduled maintenance</h2><ul><li id=\"mnt-4\"><strong>Network work</strong>",
                "From <time datetime=\"2026-11-23T09:00:00Z\">23 Nov 2026, 09:00 UTC</time> to <time datetime=\"2026-11-23T10:00:00Z\">");
    }

    @Test
    void theMaintenanceWordsComeFromThePageTextsInTheReadersLanguage() {
        String html = StatusPageHtml.render(PAGE, CATALOG, snapshot, GERMAN);

        assertThat(html).contains("In Arbeit</span> · Geplante Wartung", "<h2>Geplante Wartungsarbeiten</h2>",
                "In Wartung: API, Checkout").doesNotContain("Under maintenance:", "In progress");
    }

    @Test
    void bothFeedsCarryAnEntryPerWindow() {
        assertThat(AtomFeed.render(PAGE, CATALOG, snapshot)).contains("<id>urn:incident-ledger:acme:maintenance:mnt-3</id>",
                "<title>MNT-3: Database &lt;b&gt;upgrade&lt;/b&gt; (scheduled maintenance, in_progress)</title>",
                "<id>urn:incident-ledger:acme:maintenance:mnt-4</id>");
        assertThat(RssFeed.render(PAGE, CATALOG, snapshot)).contains("<guid isPermaLink=\"false\">urn:incident-ledger:acme:maintenance:mnt-3</guid>",
                "<title>MNT-4: Network work (scheduled maintenance, scheduled)</title>");
    }

    /** A component's bars up to the last one's class: the day of the moment shown. */
    private static String bars(String html, String component) {
        String list = html.substring(html.indexOf("aria-label=\"" + component + ", status by day\">"));
        list = list.substring(0, list.indexOf("</ol>"));
        return list.substring(0, list.indexOf(" tabindex", list.lastIndexOf("<li class=\"bar ")));
    }
}
