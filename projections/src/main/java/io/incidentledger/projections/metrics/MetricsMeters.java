package io.incidentledger.projections.metrics;

import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.ViewNotReady;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges read from the metrics view at scrape time: the three means, and incidents declared this
 * week per severity. While the view is rebuilding they report NaN rather than a wrong number.
 */
@Component
class MetricsMeters implements MeterBinder {

    private final LedgerMetrics metrics;

    MetricsMeters(LedgerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "incident.ledger.mtta", "Mean time from declared to the lead's first action or identified",
                s -> orNaN(s.meanTimeToAcknowledgeSeconds()));
        gauge(registry, "incident.ledger.time.to.mitigate", "Mean time from declared to monitoring",
                s -> orNaN(s.meanTimeToMitigateSeconds()));
        gauge(registry, "incident.ledger.mttr", "Mean time from declared to resolved",
                s -> orNaN(s.meanTimeToResolveSeconds()));
        for (Severity severity : Severity.values()) {
            Gauge.builder("incident.ledger.incidents.this.week", this, self -> self.thisWeek(severity))
                    .description("Incidents declared in the current ISO week (UTC)")
                    .tag("severity", severity.name()).register(registry);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<MetricsSummary> read) {
        Gauge.builder(name + ".seconds", this, self -> self.read(read)).description(description)
                .baseUnit("seconds").register(registry);
    }

    private double read(ToDoubleFunction<MetricsSummary> read) {
        try {
            return read.applyAsDouble(metrics.summary());
        } catch (ViewNotReady notYet) {
            return Double.NaN;
        }
    }

    private double thisWeek(Severity severity) {
        return read(s -> s.declaredPerWeek().getOrDefault(currentWeek(), Map.of()).getOrDefault(severity, 0L));
    }

    private static String currentWeek() {
        return MetricsSummary.week(new IncidentMetrics(null, null, null, Instant.now(), null, null, null, null, 0));
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
