package io.incidentledger.projections.metrics;

import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.ViewNotReady;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers the ledger's counters, histograms and gauges ({@link IncidentMetricSnapshots}) with the Prometheus
 * registry that /actuator/prometheus scrapes. While a view is rebuilding its series are left out, not zeroed: a
 * counter that dropped to 0 would read as a reset to {@code rate()}.
 */
@Component
class IncidentMeters implements MultiCollector {

    private final LedgerMetrics metrics;
    private final CurrentIncidents incidents;

    IncidentMeters(LedgerMetrics metrics, CurrentIncidents incidents, ObjectProvider<PrometheusRegistry> registry) {
        this.metrics = metrics;
        this.incidents = incidents;
        registry.ifAvailable(prometheus -> prometheus.register(this));
    }

    @Override
    public MetricSnapshots collect() {
        var snapshots = MetricSnapshots.builder();
        try {
            var all = metrics.all();
            snapshots.metricSnapshot(IncidentMetricSnapshots.declared(all))
                    .metricSnapshot(IncidentMetricSnapshots.resolved(all))
                    .metricSnapshot(IncidentMetricSnapshots.duration("acknowledge",
                            "Time from declared to the lead's first action or identified", all, IncidentMetrics::timeToAcknowledge))
                    .metricSnapshot(IncidentMetricSnapshots.duration("mitigate",
                            "Time from declared to monitoring", all, IncidentMetrics::timeToMitigate))
                    .metricSnapshot(IncidentMetricSnapshots.duration("resolve",
                            "Time from declared to resolved", all, IncidentMetrics::timeToResolve));
        } catch (ViewNotReady rebuilding) {
            // the metrics view is not queryable yet: its series appear on the next scrape that can read it
        }
        try {
            snapshots.metricSnapshot(IncidentMetricSnapshots.open(incidents.all()));
        } catch (ViewNotReady rebuilding) {
            // likewise for the status view
        }
        return snapshots.build();
    }
}
