package io.incidentledger.projections.replay;

import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.IncidentTimelines;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The views as the running Streams application holds them now. */
@Component
public class LiveViews {

    private final CurrentIncidents incidents;
    private final IncidentTimelines timelines;
    private final LedgerMetrics metrics;

    LiveViews(CurrentIncidents incidents, IncidentTimelines timelines, LedgerMetrics metrics) {
        this.incidents = incidents;
        this.timelines = timelines;
        this.metrics = metrics;
    }

    public ViewSet snapshot() {
        return new ViewSet(
                incidents.all().stream().collect(Collectors.toMap(v -> v.ref().toString(), Function.<IncidentView>identity())),
                timelines.all().stream().collect(Collectors.toMap(t -> t.ref().toString(), Function.<IncidentTimeline>identity())),
                metrics.all().stream().collect(Collectors.toMap(m -> m.ref().toString(), Function.<IncidentMetrics>identity())));
    }
}
