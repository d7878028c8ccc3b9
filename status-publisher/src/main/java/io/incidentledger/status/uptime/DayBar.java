package io.incidentledger.status.uptime;

import io.incidentledger.api.id.ComponentStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * One UTC day of one component: how long it spent in each status (only those it was in), and the worst of them,
 * which colours its bar. {@code worst} is null for a day without data: before the component's start date, or
 * after the moment shown.
 */
public record DayBar(LocalDate date, Map<ComponentStatus, Duration> time, ComponentStatus worst) {

    public DayBar {
        time = Map.copyOf(time);
    }

    public boolean noData() {
        return worst == null;
    }

    public long minutes(ComponentStatus status) {
        return time.getOrDefault(status, Duration.ZERO).toMinutes();
    }
}
