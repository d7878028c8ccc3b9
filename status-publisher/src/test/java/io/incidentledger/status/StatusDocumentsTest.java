package io.incidentledger.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.testdata.IncidentScript;
import java.time.Duration;
import java.time.Instant;
import io.incidentledger.api.component.ComponentCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The moment key is what the live cache trusts: an equal key must mean equal bytes, for every document. */
class StatusDocumentsTest {

    private static final StatusPageProperties PAGE =
            new StatusPageProperties("acme", "Acme status", "https://status.acme.test");
    private static final ComponentCatalog CATALOG = () -> List.of("API");
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final List<Instant> MOMENTS = List.of(T0.plusSeconds(90), T0.plus(Duration.ofHours(1)),
            T0.plus(Duration.ofDays(14)), T0.plus(Duration.ofDays(14)).plusSeconds(61), T0.plus(Duration.ofDays(40)));

    private final StatusDocuments documents = new StatusDocuments(PAGE, CATALOG, LedgerJson.newMapper());

    @Test
    void momentsWithEqualKeysRenderEveryDocumentToEqualBytes() {
        List<IncidentView> incidents = List.of(
                IncidentScript.declare(1, "Ongoing", Severity.SEV2, T0).view(),
                IncidentScript.declare(2, "Recent", Severity.SEV3, T0).status(IncidentStatus.RESOLVED, "Fixed").view(),
                IncidentScript.declare(3, "Older", Severity.SEV3, T0.minus(Duration.ofDays(10)))
                        .status(IncidentStatus.RESOLVED, "Fixed").view());

        for (List<IncidentView> shown : List.of(incidents, List.<IncidentView>of())) {
            for (StatusDocument document : StatusDocument.values()) {
                for (Instant one : MOMENTS) {
                    for (Instant other : MOMENTS) {
                        var a = StatusSnapshot.live(shown, one, Map.of());
                        var b = StatusSnapshot.live(shown, other, Map.of());
                        if (documents.momentKey(document, a).equals(documents.momentKey(document, b))) {
                            assertThat(documents.render(document, a)).as("%s at %s and %s", document, one, other)
                                    .isEqualTo(documents.render(document, b));
                        }
                    }
                }
            }
        }
    }

    @Test
    void thePageKeyChangesWhenAResolvedIncidentPassesFourteenDaysAndWithTheMinuteTheBarsCountTo() {
        List<IncidentView> resolved = List.of(IncidentScript.declare(2, "Recent", Severity.SEV3, T0)
                .status(IncidentStatus.RESOLVED, "Fixed").view());
        Instant cutOff = T0.plusSeconds(60).plus(Duration.ofDays(14));

        Object atCutOff = documents.momentKey(StatusDocument.PAGE, StatusSnapshot.live(resolved, cutOff, Map.of()));
        Object laterThatMinute = documents.momentKey(StatusDocument.PAGE,
                StatusSnapshot.live(resolved, cutOff.minus(Duration.ofHours(1)).plusSeconds(59), Map.of()));
        Object anHourBefore = documents.momentKey(StatusDocument.PAGE,
                StatusSnapshot.live(resolved, cutOff.minus(Duration.ofHours(1)), Map.of()));
        Object theNextMinute = documents.momentKey(StatusDocument.PAGE,
                StatusSnapshot.live(resolved, cutOff.minus(Duration.ofHours(1)).plusSeconds(60), Map.of()));
        Object justAfter = documents.momentKey(StatusDocument.PAGE,
                StatusSnapshot.live(resolved, cutOff.plusNanos(1), Map.of()));

        assertThat(atCutOff).isNotEqualTo(justAfter);
        assertThat(anHourBefore).isEqualTo(laterThatMinute).isNotEqualTo(theNextMinute);
        assertThat(documents.momentKey(StatusDocument.SUMMARY, StatusSnapshot.live(resolved, cutOff, Map.of())))
                .isEqualTo(documents.momentKey(StatusDocument.SUMMARY,
                        StatusSnapshot.live(resolved, cutOff.plusNanos(1), Map.of())));
    }
}
