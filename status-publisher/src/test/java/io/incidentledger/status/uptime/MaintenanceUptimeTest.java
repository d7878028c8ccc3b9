package io.incidentledger.status.uptime;

import static io.incidentledger.api.id.ComponentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.projections.status.ComponentChange;
import io.incidentledger.status.testdata.MaintenanceScript;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A maintenance window across midnight merged with an incident as another source, then folded: the window's
 * minutes are under maintenance, the incident's major outage inside it wins, and the switch decides the percentage.
 */
class MaintenanceUptimeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    // API and Database from 23:00 to 02:00, started and completed by the schedule
    private static final List<ComponentChange> WINDOW = ComponentHistories.maintenance(MaintenanceScript
            .schedule(3, "Storage move", at("2026-11-20T08:00:00Z"), at("2026-11-21T23:00:00Z"), at("2026-11-22T02:00:00Z"),
                    "API", "Database")
            .start(at("2026-11-21T23:00:00Z")).update("Halfway.", at("2026-11-22T00:10:00Z"))
            .complete(at("2026-11-22T02:00:00Z")).view());
    // an incident inside the window, and one after it
    private static final List<ComponentChange> INCIDENT = List.of(change(MAJOR_OUTAGE, "2026-11-22T00:30:00Z"),
            change(OPERATIONAL, "2026-11-22T01:00:00Z"), change(DEGRADED_PERFORMANCE, "2026-11-22T06:00:00Z"),
            change(OPERATIONAL, "2026-11-22T07:00:00Z"));
    private static final List<ComponentChange> HISTORY = ComponentHistories.merge(Map.of("mnt-3", WINDOW, "inc-1", INCIDENT));

    @Test
    void theWindowIsUnderMaintenanceOnBothDaysAndTheIncidentsWorseStatusWinsInItsMinutes() {
        ComponentUptime api = UptimeFold.fold("API", HISTORY, null, NOW, false);

        // 21st: 23:00–24:00 under maintenance
        assertDay(api.days().get(88), UNDER_MAINTENANCE, Map.of(UNDER_MAINTENANCE, 60L, OPERATIONAL, 1380L));
        // 22nd to noon (720): maintenance 00:00–00:30 and 01:00–02:00 = 90, major 30, degraded 60, the rest 540
        assertDay(api.days().get(89), MAJOR_OUTAGE,
                Map.of(UNDER_MAINTENANCE, 90L, MAJOR_OUTAGE, 30L, DEGRADED_PERFORMANCE, 60L, OPERATIONAL, 540L));
        assertThat(api.days().subList(0, 88)).allSatisfy(day -> assertThat(day.worst()).isEqualTo(OPERATIONAL));
    }

    @Test
    void aComponentOnlyInTheWindowShowsItsTwoHalves() {
        ComponentUptime database = UptimeFold.fold("Database", HISTORY, null, NOW, false);

        assertDay(database.days().get(88), UNDER_MAINTENANCE, Map.of(UNDER_MAINTENANCE, 60L, OPERATIONAL, 1380L));
        assertDay(database.days().get(89), UNDER_MAINTENANCE, Map.of(UNDER_MAINTENANCE, 120L, OPERATIONAL, 600L));
    }

    @Test
    void maintenanceNotCountedLeavesOnlyTheOutageAsDowntime() {
        // 89 × 1440 + 720 = 128 880 minutes counted, 30 down: 128 850 / 128 880 = 99.9767…
        assertThat(UptimeFold.fold("API", HISTORY, null, NOW, false).percent()).isEqualTo(new BigDecimal("99.97"));
        assertThat(UptimeFold.fold("Database", HISTORY, null, NOW, false).percent()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void maintenanceCountedAsDowntimeTakesTheWindowsMinutesButNotTwiceWhereTheOutageWon() {
        // API: 30 major + 60 + 90 maintenance = 180 down: 128 700 / 128 880 = 99.8603…
        assertThat(UptimeFold.fold("API", HISTORY, null, NOW, true).percent()).isEqualTo(new BigDecimal("99.86"));
        // Database: the whole window, 180 down, the same figure
        assertThat(UptimeFold.fold("Database", HISTORY, null, NOW, true).percent()).isEqualTo(new BigDecimal("99.86"));
    }

    @Test
    void aCancelledWindowThatNeverStartedGivesNothing() {
        var cancelled = MaintenanceScript.schedule(4, "Called off", at("2026-11-20T08:00:00Z"), at("2026-11-21T23:00:00Z"),
                at("2026-11-22T02:00:00Z"), "API").cancel("Not needed.", at("2026-11-21T20:00:00Z")).view();

        assertThat(ComponentHistories.maintenance(cancelled)).isEmpty();
    }

    @Test
    void aRecurringWindowsPastOccurrenceStillCountsOnceTheNextIsScheduled() {
        var weekly = MaintenanceScript.schedule(5, "Weekly patching", at("2026-11-01T08:00:00Z"), at("2026-11-15T01:00:00Z"),
                at("2026-11-15T02:00:00Z"), "Database").start(at("2026-11-15T01:00:00Z"))
                .complete(at("2026-11-15T02:00:00Z"))
                .recur(at("2026-11-22T01:00:00Z"), at("2026-11-22T02:00:00Z"), at("2026-11-15T02:00:00Z"))
                .start(at("2026-11-22T01:00:00Z")).view();

        ComponentUptime database = UptimeFold.fold("Database", ComponentHistories.maintenance(weekly), null, NOW, true);

        // the 15th (index 82): 60 minutes; today: 01:00 to noon, still running = 660
        assertDay(database.days().get(82), UNDER_MAINTENANCE, Map.of(UNDER_MAINTENANCE, 60L, OPERATIONAL, 1380L));
        assertDay(database.days().get(89), UNDER_MAINTENANCE, Map.of(UNDER_MAINTENANCE, 660L, OPERATIONAL, 60L));
        // 720 down of 128 880: 128 160 / 128 880 = 99.4413…
        assertThat(database.percent()).isEqualTo(new BigDecimal("99.44"));
    }

    private static void assertDay(DayBar day, ComponentStatus worst, Map<ComponentStatus, Long> minutes) {
        assertThat(day.worst()).as(day.date().toString()).isEqualTo(worst);
        assertThat(day.time().keySet()).containsExactlyInAnyOrderElementsOf(minutes.keySet());
        minutes.forEach((status, expected) -> assertThat(day.minutes(status)).as(day.date() + " " + status).isEqualTo(expected));
    }

    private static ComponentChange change(ComponentStatus status, String when) {
        return new ComponentChange("API", status, at(when));
    }

    private static Instant at(String when) {
        return Instant.parse(when);
    }
}
