package io.incidentledger.status.uptime;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.projections.status.ComponentChange;
import io.incidentledger.status.statuspage.ComponentHealth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

/**
 * Folds one component's status history into per-day bars and an uptime percentage. The input is time-ordered;
 * each change holds until the next, and before the first the component is operational. Downtime is partial and
 * major outage (and maintenance when {@code maintenanceIsDowntime}); degraded performance is up. The percentage
 * is rounded down to two decimals, so any downtime shows below 100. The last day's bar also takes the latest
 * status in the history, with no minutes yet when it began after {@code end} (the page counts to the whole minute).
 */
public final class UptimeFold {

    public static final int DAYS = 90;
    private static final Set<ComponentStatus> DOWN = Set.of(ComponentStatus.PARTIAL_OUTAGE, ComponentStatus.MAJOR_OUTAGE);

    private UptimeFold() {
    }

    /** The {@link #DAYS} days ending on {@code end}'s day, counted from {@code startDate} (null: all) up to {@code end}. */
    public static ComponentUptime fold(String component, List<ComponentChange> changes, LocalDate startDate,
                                       Instant end, boolean maintenanceIsDowntime) {
        LocalDate last = end.atZone(ZoneOffset.UTC).toLocalDate();
        ComponentStatus now = changes.stream().filter(change -> change.component().equals(component))
                .reduce((first, second) -> second).map(ComponentChange::status).orElse(ComponentStatus.OPERATIONAL);
        Instant from = startDate == null ? Instant.MIN : startDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        var days = new ArrayList<DayBar>(DAYS);
        long counted = 0;
        long down = 0;
        for (LocalDate day = last.minusDays(DAYS - 1); !day.isAfter(last); day = day.plusDays(1)) {
            Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            DayBar bar = day(component, changes, day, max(dayStart, from), min(dayStart.plus(Duration.ofDays(1)), end),
                    day.equals(last) ? now : null);
            days.add(bar);
            for (var entry : bar.time().entrySet()) {
                counted += entry.getValue().toSeconds();
                boolean isDown = DOWN.contains(entry.getKey())
                        || (maintenanceIsDowntime && entry.getKey() == ComponentStatus.UNDER_MAINTENANCE);
                down += isDown ? entry.getValue().toSeconds() : 0;
            }
        }
        BigDecimal percent = counted == 0 ? null : BigDecimal.valueOf(counted - down).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(counted), 2, RoundingMode.DOWN);
        return new ComponentUptime(component, days, percent);
    }

    /** {@code now}, on the last day only: the latest status, which colours it even before its first minute ends. */
    private static DayBar day(String component, List<ComponentChange> changes, LocalDate day, Instant start, Instant end,
                              ComponentStatus now) {
        var time = new EnumMap<ComponentStatus, Duration>(ComponentStatus.class);
        if (!start.isBefore(end)) {
            return new DayBar(day, time, null);
        }
        ComponentStatus current = ComponentStatus.OPERATIONAL;
        Instant since = start;
        for (ComponentChange change : changes) {
            if (!change.component().equals(component) || !change.at().isBefore(end)) {
                continue;
            }
            if (change.at().isAfter(since)) {
                time.merge(current, Duration.between(since, change.at()), Duration::plus);
                since = change.at();
            }
            current = change.status();
        }
        time.merge(current, Duration.between(since, end), Duration::plus);
        time.values().removeIf(Duration::isZero);
        if (now != null) {
            time.putIfAbsent(now, Duration.ZERO);
        }
        ComponentStatus worst = time.keySet().stream().max(ComponentHealth.BY_SEVERITY).orElse(ComponentStatus.OPERATIONAL);
        return new DayBar(day, time, worst);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
