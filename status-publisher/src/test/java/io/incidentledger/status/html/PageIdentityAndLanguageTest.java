package io.incidentledger.status.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusPageProperties.Links;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.testdata.IncidentScript;
import io.incidentledger.status.text.PageTexts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageIdentityAndLanguageTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final PageTexts GERMAN = PageTexts.of(Locale.GERMAN, ZoneId.of("Europe/Berlin"));
    private static final PageTexts ENGLISH = PageTexts.of(Locale.ENGLISH, ZoneId.of("UTC"));

    @Test
    void theGermanPageSaysEverythingInGermanWithBerlinTimes() {
        var view = IncidentScript.declare(3, "Checkout-Fehler", Severity.SEV2, T0)
                .component("API", ComponentStatus.PARTIAL_OUTAGE).status(IncidentStatus.IDENTIFIED, "Fehler gefunden").view();

        String html = StatusPageHtml.render(page(null, new Links(null, null, null), false), live(view), GERMAN);

        assertThat(html).startsWith("<!doctype html>\n<html lang=\"de\">").contains("<h1>Laufende Störung</h1>",
                "<h2>Komponenten</h2>", "<span class=\"component-status\">Teilausfall</span>",
                "<span class=\"incident-status\">Ursache gefunden</span> · erhebliche Auswirkung",
                "Betroffen: API (Teilausfall)", "<strong>Wird untersucht</strong>", "22. Nov. 2026, 10:00 MEZ",
                "<h2>Vergangene Störungen</h2>", "Keine Störungen in den letzten 14 Tagen.", "Störungsverlauf (Atom)",
                "content=\"Acme status: 1 laufende Störung.")
                .doesNotContain("Ongoing", "Components", "Investigating", "UTC");
    }

    @Test
    void theHeaderShowsNameAndLogoLinkedHomeAndTheFooterTheConfiguredLinks() {
        var links = new Links("https://acme.test/", "mailto:help@acme.test", "/privacy?x=1&y=2");

        String html = StatusPageHtml.render(page("https://acme.test/logo.svg", links, false), live(), ENGLISH);

        assertThat(html).contains("<p class=\"identity\"><a href=\"https://acme.test/\"><img "
                        + "src=\"https://acme.test/logo.svg\" alt=\"\" height=\"32\"><span class=\"page-name\">Acme status"
                        + "</span></a></p><h1>",
                "<footer><p><a href=\"https://acme.test/\">Home</a> · <a href=\"mailto:help@acme.test\">Support</a> · "
                        + "<a href=\"/privacy?x=1&amp;y=2\">Privacy</a></p></footer>")
                .doesNotContain("class=\"setup-hint\"");
    }

    @Test
    void withoutALogoThereIsNoImageAndTheSetupHintSaysWhatToConfigure() {
        String html = StatusPageHtml.render(page(" ", new Links(null, "", null), true), live(), ENGLISH);

        assertThat(html).doesNotContain("<img", "<a href=\"\"").contains("<span class=\"page-name\">Acme status</span>",
                "<footer><p class=\"setup-hint\">This page uses default settings: set STATUS_PAGE_NAME, STATUS_PAGE_LOGO_URL");
    }

    @Test
    void aLinkThatIsNoWebOrMailAddressOrPathIsRefusedAtStart() {
        assertThatThrownBy(() -> page("javascript:alert(1)", new Links(null, null, null), false))
                .hasMessageContaining("status-page.logo-url must be an http(s)");
        assertThatThrownBy(() -> page(null, new Links(null, "data:text/html,x", null), false))
                .hasMessageContaining("status-page.links.support");
    }

    private static StatusPageProperties page(String logo, Links links, boolean hint) {
        var base = new StatusPageProperties("p", "Acme status", "https://status.acme.test", List.of("API"));
        return new StatusPageProperties(base.id(), base.name(), base.url(), base.components(), base.export(),
                base.notifications(), null, logo, links, Locale.ENGLISH, List.of(Locale.ENGLISH, Locale.GERMAN),
                ZoneId.of("UTC"), hint);
    }

    private static StatusSnapshot live(io.incidentledger.projections.status.IncidentView... views) {
        return StatusSnapshot.live(List.of(views), T0.plus(Duration.ofHours(1)), Map.of());
    }
}
