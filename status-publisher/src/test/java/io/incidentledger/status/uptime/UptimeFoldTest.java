package io.incidentledger.status.uptime;

import static io.incidentledger.api.id.ComponentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.projections.status.ComponentChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scripted history across days, folded into bars and a percentage, against numbers worked out by hand. */
class UptimeFoldTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final List<ComponentChange> API = List.of(
            change(MAJOR_OUTAGE, "2026-08-01T00:00:00Z"), change(OPERATIONAL, "2026-08-01T01:00:00Z"), // before the window
            change(MAJOR_OUTAGE, "2026-11-20T10:00:00Z"), change(OPERATIONAL, "2026-11-20T11:30:00Z"),
            change(UNDER_MAINTENANCE, "2026-11-21T23:00:00Z"), change(OPERATIONAL, "2026-11-22T01:00:00Z"),
            change(DEGRADED_PERFORMANCE, "2026-11-22T06:00:00Z"), change(OPERATIONAL, "2026-11-22T07:00:00Z"));

    @Test
    void ninetyDaysEndOnTheMomentsDayAndEachIsColouredByItsWorstStatus() {
        ComponentUptime uptime = UptimeFold.fold("API", API, null, NOW, false);

        assertThat(uptime.days()).hasSize(90);
        assertThat(uptime.days().get(0).date()).isEqualTo(LocalDate.parse("2026-08-25"));
        assertThat(uptime.days().get(89).date()).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(uptime.days().subList(0, 87)).allSatisfy(day -> {
            assertThat(day.worst()).isEqualTo(OPERATIONAL);
            assertThat(day.minutes(OPERATIONAL)).isEqualTo(1440);
        });
        assertDay(uptime.days().get(87), MAJOR_OUTAGE, Map.of(MAJOR_OUTAGE, 90L, OPERATIONAL, 1350L));
        assertDay(uptime.days().get(88), UNDER_MAINTENANCE, Map.of(UNDER_MAINTENANCE, 60L, OPERATIONAL, 1380L));
        // today counts up to noon: 720 minutes; degraded is worse than maintenance
        assertDay(uptime.days().get(89), DEGRADED_PERFORMANCE,
                Map.of(UNDER_MAINTENANCE, 60L, DEGRADED_PERFORMANCE, 60L, OPERATIONAL, 600L));
    }

    @Test
    void maintenanceIsUpByDefault() {
        // 89 × 1440 + 720 = 128 880 minutes counted, 90 of them major outage: 128 790 / 128 880 = 99.9301…
        assertThat(UptimeFold.fold("API", API, null, NOW, false).percent()).isEqualTo(new BigDecimal("99.93"));
    }

    @Test
    void maintenanceCountedAsDowntimeLowersThePercentage() {
        // 90 major + 60 + 60 maintenance = 210 down: 128 670 / 128 880 = 99.8370…; degraded stays up
        assertThat(UptimeFold.fold("API", API, null, NOW, true).percent()).isEqualTo(new BigDecimal("99.83"));
    }

    @Test
    void daysBeforeTheStartDateHaveNoDataAndDoNotCount() {
        var checkout = List.of(new ComponentChange("Checkout", PARTIAL_OUTAGE, Instant.parse("2026-11-21T00:00:00Z")),
                new ComponentChange("Checkout", OPERATIONAL, Instant.parse("2026-11-21T06:00:00Z")));

        ComponentUptime uptime = UptimeFold.fold("Checkout", checkout, LocalDate.parse("2026-11-21"), NOW, false);

        assertThat(uptime.days().subList(0, 88)).allSatisfy(day -> assertThat(day.noData()).isTrue());
        assertDay(uptime.days().get(88), PARTIAL_OUTAGE, Map.of(PARTIAL_OUTAGE, 360L, OPERATIONAL, 1080L));
        // 1440 + 720 = 2160 counted, 360 partial outage: 1800 / 2160 = 83.333…
        assertThat(uptime.percent()).isEqualTo(new BigDecimal("83.33"));
    }

    @Test
    void otherComponentsChangesAreIgnoredAndAnOutageRunningIntoTheWindowCountsFromItsStart() {
        var history = List.of(new ComponentChange("API", MAJOR_OUTAGE, Instant.parse("2026-08-24T12:00:00Z")),
                new ComponentChange("Checkout", MAJOR_OUTAGE, Instant.parse("2026-08-25T06:00:00Z")),
                new ComponentChange("API", OPERATIONAL, Instant.parse("2026-08-25T01:00:00Z")));

        ComponentUptime uptime = UptimeFold.fold("API", history, null, NOW, false);

        assertDay(uptime.days().get(0), MAJOR_OUTAGE, Map.of(MAJOR_OUTAGE, 60L, OPERATIONAL, 1380L));
        assertThat(uptime.days().get(1).worst()).isEqualTo(OPERATIONAL);
    }

    @Test
    void aChangeAfterTheLastCountedMinuteAlreadyColoursTodayWithNoMinutesYet() {
        // the page counts to the minute: a change 30 s after it is in the history, not yet in the minutes
        var history = List.of(new ComponentChange("API", MAJOR_OUTAGE, NOW.plusSeconds(30)));

        ComponentUptime uptime = UptimeFold.fold("API", history, null, NOW, false);

        assertDay(uptime.days().get(89), MAJOR_OUTAGE, Map.of(MAJOR_OUTAGE, 0L, OPERATIONAL, 720L));
        assertThat(uptime.percent()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aComponentThatStartsAfterTheMomentHasNoPercentage() {
        ComponentUptime uptime = UptimeFold.fold("API", API, LocalDate.parse("2026-12-01"), NOW, false);

        assertThat(uptime.days()).allSatisfy(day -> assertThat(day.noData()).isTrue());
        assertThat(uptime.percent()).isNull();
    }

    private static void assertDay(DayBar day, ComponentStatus worst, Map<ComponentStatus, Long> minutes) {
        assertThat(day.worst()).as(day.date().toString()).isEqualTo(worst);
        assertThat(day.time().keySet()).containsExactlyInAnyOrderElementsOf(minutes.keySet());
        minutes.forEach((status, expected) -> assertThat(day.minutes(status)).as(day.date() + " " + status).isEqualTo(expected));
    }

    private static ComponentChange change(ComponentStatus status, String at) {
        return new ComponentChange("API", status, Instant.parse(at));
    }
}
