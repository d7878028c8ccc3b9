package io.incidentledger.status.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.text.PageTexts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sections other modules add (the subscribe form) are on the live page, inside main, and never on a past one. */
class PageSectionsTest {

    private static final StatusPageProperties PAGE =
            new StatusPageProperties("p", "Acme status", "https://status.acme.test");
    private static final ComponentCatalog CATALOG = () -> List.of("API");
    private static final PageTexts ENGLISH = PageTexts.of(Locale.ENGLISH, ZoneId.of("UTC"));
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final List<PageSection> FORM = List.of(texts -> "<section id=\"subscribe\">" + texts.lang() + "</section>");

    @Test
    void aSectionIsRenderedAfterThePastIncidentsInsideMain() {
        String html = StatusPageHtml.render(PAGE, CATALOG, StatusSnapshot.live(List.of(), NOW, Map.of()), ENGLISH, FORM);

        assertThat(html).contains("<section id=\"subscribe\">en</section></main>");
        assertThat(html.indexOf("id=\"subscribe\"")).isGreaterThan(html.indexOf("class=\"past\""));
    }

    @Test
    void aHistoricalPageHasNoSection() {
        var then = new StatusSnapshot(List.of(), NOW, NOW.minusSeconds(3600), Map.of());

        assertThat(StatusPageHtml.render(PAGE, CATALOG, then, ENGLISH, FORM)).doesNotContain("subscribe");
    }
}
