package io.incidentledger.projections.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.IncidentView;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBucket;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentMetricSnapshotsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final List<IncidentMetrics> LEDGER = List.of(
            metrics(1, Severity.SEV1, Duration.ofSeconds(45), Duration.ofHours(3)),
            metrics(2, Severity.SEV1, Duration.ofMinutes(10), null),
            metrics(3, Severity.SEV3, null, Duration.ofDays(2)));

    @Test
    void countersCountDeclaredAndResolvedIncidentsPerSeverity() {
        assertThat(value(IncidentMetricSnapshots.declared(LEDGER), "SEV1")).isEqualTo(2);
        assertThat(value(IncidentMetricSnapshots.resolved(LEDGER), "SEV1")).isEqualTo(1);
        assertThat(value(IncidentMetricSnapshots.resolved(LEDGER), "SEV3")).isEqualTo(1);
        assertThat(value(IncidentMetricSnapshots.declared(LEDGER), "SEV4")).isZero();
    }

    @Test
    void durationsFallIntoBucketsFromAMinuteToADayWithTheirSumInSeconds() {
        var acknowledge = point(IncidentMetricSnapshots.duration("acknowledge", "ack", LEDGER,
                IncidentMetrics::timeToAcknowledge), "SEV1");
        assertThat(acknowledge.getCount()).isEqualTo(2);
        assertThat(acknowledge.getSum()).isEqualTo(645.0);
        assertThat(cumulative(acknowledge, 60)).isEqualTo(1);
        assertThat(cumulative(acknowledge, 900)).isEqualTo(2);

        var resolve = point(IncidentMetricSnapshots.duration("resolve", "res", LEDGER, IncidentMetrics::timeToResolve), "SEV3");
        assertThat(cumulative(resolve, 86400)).isZero();
        assertThat(cumulative(resolve, Double.POSITIVE_INFINITY)).isEqualTo(1);
    }

    @Test
    void openIncidentsAreThoseNotYetResolvedPerSeverity() {
        var views = List.of(view(1, Severity.SEV2, IncidentStatus.IDENTIFIED), view(2, Severity.SEV2, IncidentStatus.RESOLVED),
                view(3, Severity.SEV2, IncidentStatus.CLOSED));
        var open = IncidentMetricSnapshots.open(views);
        assertThat(open.getDataPoints()).filteredOn(p -> p.getLabels().get("severity").equals("SEV2"))
                .singleElement().satisfies(p -> assertThat(p.getValue()).isEqualTo(1));
    }

    private static IncidentMetrics metrics(int n, Severity severity, Duration ack, Duration resolved) {
        return new IncidentMetrics(IncidentId.random(), new IncidentRef(n), severity, T0, "U0ADA",
                ack == null ? null : T0.plus(ack), null, resolved == null ? null : T0.plus(resolved), 3);
    }

    private static IncidentView view(int n, Severity severity, IncidentStatus status) {
        return new IncidentView(IncidentId.random(), new IncidentRef(n), "t", severity, status, T0, T0, null, null,
                Map.of(), List.of(), 1);
    }

    private static double value(MetricSnapshot counter, String severity) {
        return ((CounterDataPointSnapshot) dataPoint(counter, severity)).getValue();
    }

    private static HistogramDataPointSnapshot point(MetricSnapshot histogram, String severity) {
        return (HistogramDataPointSnapshot) dataPoint(histogram, severity);
    }

    private static DataPointSnapshot dataPoint(MetricSnapshot snapshot, String severity) {
        return snapshot.getDataPoints().stream().filter(p -> p.getLabels().get("severity").equals(severity))
                .findFirst().orElseThrow();
    }

    private static long cumulative(HistogramDataPointSnapshot point, double le) {
        long total = 0;
        for (ClassicHistogramBucket bucket : point.getClassicBuckets()) {
            total += bucket.getCount();
            if (bucket.getUpperBound() == le) {
                return total;
            }
        }
        throw new AssertionError("no bucket le=" + le);
    }
}
