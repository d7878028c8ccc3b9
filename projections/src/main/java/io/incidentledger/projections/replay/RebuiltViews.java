package io.incidentledger.projections.replay;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.MetricsProjector;
import io.incidentledger.projections.status.IncidentProjector;
import io.incidentledger.projections.status.IncidentView;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Folds replayed events through the very projectors the topologies use, into fresh views. Timelines are not among
 * them: they are folded on read from the ledger, so they always equal a rebuild.
 */
public final class RebuiltViews implements Consumer<LedgerEvent> {

    private final Map<String, IncidentView> incidents = new HashMap<>();
    private final Map<String, IncidentMetrics> metrics = new HashMap<>();

    @Override
    public void accept(LedgerEvent event) {
        String key = event.incidentId().value();
        incidents.compute(key, (k, view) -> IncidentProjector.apply(view, event));
        metrics.compute(key, (k, current) -> MetricsProjector.apply(current, event));
    }

    public ViewSet toViewSet() {
        Map<String, IncidentView> byRef = new HashMap<>();
        incidents.values().forEach(view -> byRef.put(view.ref().toString(), view));
        Map<String, IncidentMetrics> metricsByRef = new HashMap<>();
        metrics.values().forEach(m -> metricsByRef.put(m.ref().toString(), m));
        return new ViewSet(byRef, metricsByRef);
    }
}
