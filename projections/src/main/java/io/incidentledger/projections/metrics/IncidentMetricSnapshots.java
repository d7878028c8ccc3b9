package io.incidentledger.projections.metrics;

import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.IncidentView;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ledger's series, computed from whole views rather than counted in memory: every instance reads the same global
 * stores, so each reports the whole ledger (chart them with {@code max}), and a restart or a replay loses no count.
 * Severity is the incident's current one.
 */
public final class IncidentMetricSnapshots {

    /** From a minute to a day: an incident acknowledged in seconds and one resolved overnight both land somewhere. */
    public static final double[] BUCKETS = {60, 300, 900, 1800, 3600, 7200, 14400, 28800, 43200, 86400,
            Double.POSITIVE_INFINITY};

    private IncidentMetricSnapshots() {
    }

    public static CounterSnapshot declared(List<IncidentMetrics> incidents) {
        return counter("incident_ledger_incidents_declared", "Incidents declared, by current severity",
                incidents, m -> true);
    }

    public static CounterSnapshot resolved(List<IncidentMetrics> incidents) {
        return counter("incident_ledger_incidents_resolved", "Incidents resolved (and not reopened), by current severity",
                incidents, m -> m.resolvedAt() != null);
    }

    public static GaugeSnapshot open(List<IncidentView> views) {
        var gauge = GaugeSnapshot.builder().name("incident_ledger_incidents_open")
                .help("Incidents not yet resolved, by current severity");
        for (Severity severity : Severity.values()) {
            long open = views.stream().filter(v -> v.severity() == severity && v.status().isOpen()).count();
            gauge.dataPoint(GaugeDataPointSnapshot.builder().labels(bySeverity(severity)).value(open).build());
        }
        return gauge.build();
    }

    public static HistogramSnapshot duration(String milestone, String help, List<IncidentMetrics> incidents,
            Function<IncidentMetrics, Duration> since) {
        var histogram = HistogramSnapshot.builder().name("incident_ledger_time_to_" + milestone + "_seconds").help(help);
        for (Severity severity : Severity.values()) {
            long[] counts = new long[BUCKETS.length];
            double sum = 0;
            for (IncidentMetrics m : incidents) {
                Duration d = m.severity() == severity ? since.apply(m) : null;
                if (d != null) {
                    double seconds = Math.max(0, d.toMillis() / 1000.0);
                    sum += seconds;
                    counts[bucketOf(seconds)]++;
                }
            }
            histogram.dataPoint(HistogramDataPointSnapshot.builder().labels(bySeverity(severity)).sum(sum)
                    .classicHistogramBuckets(ClassicHistogramBuckets.of(BUCKETS, counts)).build());
        }
        return histogram.build();
    }

    private static CounterSnapshot counter(String name, String help, List<IncidentMetrics> incidents,
            Predicate<IncidentMetrics> counted) {
        var counter = CounterSnapshot.builder().name(name).help(help);
        for (Severity severity : Severity.values()) {
            long n = incidents.stream().filter(m -> Objects.equals(m.severity(), severity) && counted.test(m)).count();
            counter.dataPoint(CounterDataPointSnapshot.builder().labels(bySeverity(severity)).value(n).build());
        }
        return counter.build();
    }

    private static int bucketOf(double seconds) {
        int i = 0;
        while (seconds > BUCKETS[i]) {
            i++;
        }
        return i;
    }

    private static Labels bySeverity(Severity severity) {
        return Labels.of("severity", severity.name());
    }
}
