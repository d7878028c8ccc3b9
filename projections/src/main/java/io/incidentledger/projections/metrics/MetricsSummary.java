package io.incidentledger.projections.metrics;

import io.incidentledger.api.id.Severity;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Means over every incident that reached the milestone (in seconds; null when none did yet), and the number of
 * incidents declared per ISO week ({@code 2026-W47}, UTC) and current severity.
 */
public record MetricsSummary(
        long incidents,
        Double meanTimeToAcknowledgeSeconds,
        Double meanTimeToMitigateSeconds,
        Double meanTimeToResolveSeconds,
        Map<String, Map<Severity, Long>> declaredPerWeek) {

    public static MetricsSummary of(List<IncidentMetrics> all) {
        Map<String, Map<Severity, Long>> perWeek = new TreeMap<>();
        for (IncidentMetrics m : all) {
            perWeek.computeIfAbsent(week(m), w -> new TreeMap<>()).merge(m.severity(), 1L, Long::sum);
        }
        return new MetricsSummary(all.size(), mean(all, IncidentMetrics::timeToAcknowledge),
                mean(all, IncidentMetrics::timeToMitigate), mean(all, IncidentMetrics::timeToResolve), perWeek);
    }

    static String week(IncidentMetrics m) {
        var day = m.declaredAt().atZone(ZoneOffset.UTC);
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Double mean(List<IncidentMetrics> all, Function<IncidentMetrics, Duration> measure) {
        var durations = all.stream().map(measure).filter(Objects::nonNull).toList();
        return durations.isEmpty() ? null
                : durations.stream().mapToLong(Duration::toMillis).average().orElseThrow() / 1000.0;
    }
}
