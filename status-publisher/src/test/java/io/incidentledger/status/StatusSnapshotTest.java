package io.incidentledger.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.testdata.IncidentScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's order of incidents comes from the ledger alone, so a replayed or past view lists them as the live one. */
class StatusSnapshotTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void incidentsDeclaredAtTheSameInstantAreListedHighestNumberFirstInWhateverOrderTheyAreGiven() {
        List<IncidentView> views = new ArrayList<>(List.of(
                IncidentScript.declare(3, "Later", Severity.SEV2, T0.plusSeconds(60)).view(),
                IncidentScript.declare(9, "Twin", Severity.SEV3, T0).view(),
                IncidentScript.declare(10, "Twin", Severity.SEV3, T0).view(),
                IncidentScript.declare(11, "Twin", Severity.SEV3, T0).view(),
                IncidentScript.declare(2, "Earlier", Severity.SEV3, T0.minusSeconds(60)).view()));
        var random = new Random(19);

        for (int shuffle = 0; shuffle < 20; shuffle++) {
            Collections.shuffle(views, random);
            assertThat(StatusSnapshot.live(views, T0, Map.of()).incidents()).extracting(view -> view.ref().number())
                    .containsExactly(3L, 11L, 10L, 9L, 2L);
        }
    }
}
