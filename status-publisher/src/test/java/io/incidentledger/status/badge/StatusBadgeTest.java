package io.incidentledger.status.badge;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.testdata.IncidentScript;
import io.incidentledger.status.text.PageTexts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class StatusBadgeTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final String HOSTILE = "<Checkout & \"Pay\">";
    private static final StatusPageProperties PAGE =
            new StatusPageProperties("p", "Acme status", "https://status.acme.test", List.of("API", HOSTILE));
    private static final PageTexts ENGLISH = PageTexts.of(Locale.ENGLISH, ZoneId.of("UTC"));

    @Test
    void aBadgeIsAnAccessibleSvgImageThatSaysItsTextInTitleAndLabel() throws Exception {
        Element svg = parse(StatusBadges.page(PAGE, List.of(), ENGLISH).svg()).getDocumentElement();

        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("status: operational");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("status: operational");
        assertThat(svg.getElementsByTagName("rect").item(2).getAttributes().getNamedItem("fill").getNodeValue())
                .isEqualTo(StatusBadges.GREEN);
    }

    @Test
    void thePageBadgeTakesThePagesColourAndWords() {
        IncidentView major = IncidentScript.declare(1, "Down", Severity.SEV2, T0).view();
        IncidentView minor = IncidentScript.declare(2, "Slow", Severity.SEV3, T0).view();

        assertThat(StatusBadges.page(PAGE, List.of(major), ENGLISH)).isEqualTo(new StatusBadge("status", "outage", StatusBadges.RED));
        assertThat(StatusBadges.page(PAGE, List.of(minor), ENGLISH)).isEqualTo(new StatusBadge("status", "degraded", StatusBadges.ORANGE));
        assertThat(StatusBadges.page(PAGE, List.of(), PageTexts.of(Locale.GERMAN, ZoneId.of("UTC"))))
                .isEqualTo(new StatusBadge("Status", "betriebsbereit", StatusBadges.GREEN));
    }

    @Test
    void aComponentBadgeIsFoundByItsJsonIdAndItsNameIsEscapedText() throws Exception {
        IncidentView view = IncidentScript.declare(3, "Pay errors", Severity.SEV3, T0)
                .component(HOSTILE, ComponentStatus.PARTIAL_OUTAGE).view();

        StatusBadge badge = StatusBadges.component(PAGE, "-checkout-pay-", List.of(view), ENGLISH).orElseThrow();
        Document svg = parse(badge.svg());

        assertThat(badge.svg()).doesNotContain("<Checkout").contains("&lt;Checkout &amp; &quot;Pay&quot;&gt;");
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(HOSTILE + ": Partial outage");
        assertThat(svg.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(HOSTILE);
        assertThat(badge.colour()).isEqualTo(StatusBadges.RED);
        assertThat(StatusBadges.component(PAGE, "api", List.of(view), ENGLISH).orElseThrow().colour()).isEqualTo(StatusBadges.GREEN);
        assertThat(StatusBadges.component(PAGE, "no-such-component", List.of(), ENGLISH)).isEmpty();
    }

    @Test
    void theBoxesGrowWithTheirText() throws Exception {
        Element shortBadge = parse(new StatusBadge("status", "ok", StatusBadges.GREEN).svg()).getDocumentElement();
        Element longBadge = parse(new StatusBadge("status", "degraded performance", StatusBadges.ORANGE).svg()).getDocumentElement();

        assertThat(Integer.parseInt(longBadge.getAttribute("width")) - Integer.parseInt(shortBadge.getAttribute("width")))
                .isEqualTo(18 * 7);
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
