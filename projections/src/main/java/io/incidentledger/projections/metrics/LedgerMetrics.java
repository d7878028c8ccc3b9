package io.incidentledger.projections.metrics;

import io.incidentledger.api.id.IncidentRef;
import java.util.List;
import java.util.Optional;

/** Read side of the metrics. Throws {@code ViewNotReady} while the view is still being built. */
public interface LedgerMetrics {

    List<IncidentMetrics> all();

    Optional<IncidentMetrics> find(IncidentRef ref);

    default MetricsSummary summary() {
        return MetricsSummary.of(all());
    }
}
