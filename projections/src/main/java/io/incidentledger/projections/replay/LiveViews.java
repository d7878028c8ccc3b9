package io.incidentledger.projections.replay;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.status.ViewNotReady;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The views as the running Streams application holds them now. */
@Component
public class LiveViews {

    private final CurrentIncidents incidents;
    private final LedgerMetrics metrics;

    public LiveViews(CurrentIncidents incidents, LedgerMetrics metrics) {
        this.incidents = incidents;
        this.metrics = metrics;
    }

    /** Throws {@link ViewNotReady} until each view answers a lookup, found or not: only a queryable store answers. */
    public void probe() {
        incidents.find("readiness-probe");
        metrics.find(new IncidentRef(1));
    }

    /** The live views of the incidents in {@code rebuilt} only, read key by key. */
    ViewSet of(ViewSet rebuilt) {
        Map<String, IncidentView> liveIncidents = new HashMap<>();
        rebuilt.incidents().values().forEach(view -> incidents.find(view.incidentId().value())
                .ifPresent(live -> liveIncidents.put(live.ref().toString(), live)));
        Map<String, IncidentMetrics> liveMetrics = new HashMap<>();
        rebuilt.metrics().values().forEach(m -> metrics.find(m.ref())
                .ifPresent(live -> liveMetrics.put(live.ref().toString(), live)));
        return new ViewSet(liveIncidents, liveMetrics);
    }

    public ViewSet snapshot() {
        return new ViewSet(
                incidents.all().stream().collect(Collectors.toMap(v -> v.ref().toString(), Function.<IncidentView>identity())),
                metrics.all().stream().collect(Collectors.toMap(m -> m.ref().toString(), Function.<IncidentMetrics>identity())));
    }
}
