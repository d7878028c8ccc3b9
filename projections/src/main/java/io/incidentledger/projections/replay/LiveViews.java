package io.incidentledger.projections.replay;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.IncidentTimelines;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The views as the running Streams application holds them now. */
@Component
public class LiveViews {

    private static final IncidentRef PROBE = new IncidentRef(1);

    private final CurrentIncidents incidents;
    private final IncidentTimelines timelines;
    private final LedgerMetrics metrics;

    public LiveViews(CurrentIncidents incidents, IncidentTimelines timelines, LedgerMetrics metrics) {
        this.incidents = incidents;
        this.timelines = timelines;
        this.metrics = metrics;
    }

    /** Throws {@link ViewNotReady} until each view answers a lookup, found or not: only a queryable store answers. */
    public void probe() {
        incidents.find("readiness-probe");
        timelines.find(PROBE);
        metrics.find(PROBE);
    }

    /** The live views of the incidents in {@code rebuilt} only, read key by key. */
    ViewSet of(ViewSet rebuilt) {
        Map<String, IncidentView> liveIncidents = new HashMap<>();
        rebuilt.incidents().values().forEach(view -> incidents.find(view.incidentId().value())
                .ifPresent(live -> liveIncidents.put(live.ref().toString(), live)));
        Map<String, IncidentTimeline> liveTimelines = new HashMap<>();
        rebuilt.timelines().values().forEach(timeline -> timelines.find(timeline.ref())
                .ifPresent(live -> liveTimelines.put(live.ref().toString(), live)));
        Map<String, IncidentMetrics> liveMetrics = new HashMap<>();
        rebuilt.metrics().values().forEach(m -> metrics.find(m.ref())
                .ifPresent(live -> liveMetrics.put(live.ref().toString(), live)));
        return new ViewSet(liveIncidents, liveTimelines, liveMetrics);
    }

    public ViewSet snapshot() {
        return new ViewSet(
                incidents.all().stream().collect(Collectors.toMap(v -> v.ref().toString(), Function.<IncidentView>identity())),
                timelines.all().stream().collect(Collectors.toMap(t -> t.ref().toString(), Function.<IncidentTimeline>identity())),
                metrics.all().stream().collect(Collectors.toMap(m -> m.ref().toString(), Function.<IncidentMetrics>identity())));
    }
}
