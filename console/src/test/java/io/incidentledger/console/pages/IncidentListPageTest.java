package io.incidentledger.console.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.projections.status.IncidentView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/**
 * INC-1 to INC-45, one a day from 2026-11-01 10:00 UTC: status cycles by n mod 5, severity is n mod 4 + 1, every
 * third is on component api, even ones are led by Ada, odd by Bob, and INC-7 has no lead yet.
 */
class IncidentListPageTest {

    private static final Instant FIRST = Instant.parse("2026-11-01T10:00:00Z");

    private final IncidentListPage page = new IncidentListPage(new Incidents(() -> IntStream.rangeClosed(1, 45)
            .map(n -> 46 - n).mapToObj(IncidentListPageTest::view).toList(), null) {
        @Override
        public Optional<IncidentSummary> summary(IncidentRef ref) {
            long n = ref.number();
            ChatUser lead = n == 7 ? null : n % 2 == 0 ? new ChatUser("U0ADA", "Ada Lovelace") : new ChatUser("U0BOB", "Bob Builder");
            return Optional.of(new IncidentSummary(null, ref, "t", null, null, lead, null, null, null, null, null, null));
        }
    });

    private static IncidentView view(int n) {
        return new IncidentView(IncidentId.random(), new IncidentRef(n), "Outage " + n, Severity.parse("" + (n % 4 + 1))
                .orElseThrow(), IncidentStatus.values()[n % 5], FIRST.plus(Duration.ofDays(n - 1)), null, null, null,
                Map.of(n % 3 == 0 ? "api" : "web", ComponentStatus.MAJOR_OUTAGE), List.of(), n);
    }

    private ExtendedModelMap list(String status, String severity, String component, String lead, String from,
                                  String to, int pageNumber) {
        var model = new ExtendedModelMap();
        assertThat(page.list(status, severity, component, lead, from, to, pageNumber, model)).isEqualTo("console/incidents");
        return model;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> refs(ExtendedModelMap model) {
        return ((List<IncidentRow>) model.get("rows")).stream().map(r -> r.view().ref().number()).toList();
    }

    @Test
    void withoutFiltersTheNewestTwentyComeFirstAndThePagesReachTheOldest() {
        var first = list(null, null, null, null, null, null, 0);
        assertThat(refs(first)).hasSize(20).startsWith(45L, 44L).endsWith(26L);
        assertThat(first).containsEntry("total", 45).containsEntry("hasNext", true).containsEntry("page", 0);
        var last = list(null, null, null, null, null, null, 2);
        assertThat(refs(last)).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(last).containsEntry("hasNext", false).containsEntry("page", 2);
        assertThat(refs(list(null, null, null, null, null, null, 3))).isEmpty();
        assertThat(list(null, null, null, null, null, null, -1)).containsEntry("page", 0);
    }

    @Test
    void theStatusAndSeverityFiltersKeepOnlyTheirIncidents() {
        assertThat(refs(list("resolved", "", null, null, null, null, 0)))
                .containsExactly(43L, 38L, 33L, 28L, 23L, 18L, 13L, 8L, 3L);
        assertThat(refs(list(null, "2", null, null, null, null, 0)))
                .containsExactly(45L, 41L, 37L, 33L, 29L, 25L, 21L, 17L, 13L, 9L, 5L, 1L);
        assertThat(refs(list("resolved", "2", null, null, null, null, 0))).containsExactly(33L, 13L);
    }

    @Test
    void theComponentAndLeadFiltersIgnoreCaseAndCombine() {
        assertThat(list(null, null, " API ", null, null, null, 0)).containsEntry("total", 15);
        assertThat(refs(list(null, null, "api", "ada", null, null, 0))).containsExactly(42L, 36L, 30L, 24L, 18L, 12L, 6L);
        assertThat(refs(list(null, null, null, "LOVELACE", null, null, 0))).allMatch(n -> n % 2 == 0).hasSize(20);
    }

    @Test
    void theDateRangeIncludesBothDaysInUtc() {
        assertThat(refs(list(null, null, null, null, "2026-11-10", "2026-11-19", 0)))
                .containsExactly(19L, 18L, 17L, 16L, 15L, 14L, 13L, 12L, 11L, 10L);
        assertThat(refs(list(null, null, null, null, "2026-12-15", null, 0))).containsExactly(45L);
        assertThat(refs(list(null, null, null, null, null, "2026-11-01", 0))).containsExactly(1L);
    }

    @Test
    void aFilteredListPagesOnItsOwnTotal() {
        var bob = list(null, null, null, "bob", null, null, 0);
        assertThat(bob).containsEntry("total", 22).containsEntry("hasNext", true);
        assertThat(refs(bob)).doesNotContain(7L).allMatch(n -> n % 2 == 1);
        var second = list(null, null, null, "bob", null, null, 1);
        assertThat(refs(second)).containsExactly(3L, 1L);
        assertThat(second).containsEntry("hasNext", false);
    }

    @Test
    void aFilterValueThatMeansNothingIsRefusedWithASentence() {
        assertThatThrownBy(() -> list("sleeping", null, null, null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("status must be");
        assertThatThrownBy(() -> list(null, "9", null, null, null, null, 0)).hasMessage("severity must be 1 to 4");
        assertThatThrownBy(() -> list(null, null, null, null, "yesterday", null, 0))
                .hasMessage("from must be a date like 2026-11-30");
    }
}
