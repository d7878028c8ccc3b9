package io.incidentledger.app;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.projections.timeline.IncidentTimelines;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Ready means the status page and the read APIs can answer: each view they read (status, timelines, metrics) answers
 * a lookup. Until then they answer 503 {@code view_not_ready}, so this says OUT_OF_SERVICE, which holds readiness and
 * the overall status below UP: a script or an orchestrator waiting for UP meets no errors after it.
 */
@Component("views")
class ViewsHealthIndicator implements HealthIndicator {

    // any key will do: a lookup answers, found or not, only once its store is queryable
    private static final IncidentRef PROBE = new IncidentRef(1);

    private final CurrentIncidents incidents;
    private final IncidentTimelines timelines;
    private final LedgerMetrics metrics;

    ViewsHealthIndicator(CurrentIncidents incidents, IncidentTimelines timelines, LedgerMetrics metrics) {
        this.incidents = incidents;
        this.timelines = timelines;
        this.metrics = metrics;
    }

    @Override
    public Health health() {
        try {
            incidents.find("readiness-probe");
            timelines.find(PROBE);
            metrics.find(PROBE);
            return Health.up().build();
        } catch (ViewNotReady notReady) {
            return Health.outOfService().withDetail("reason", notReady.getMessage()).build();
        }
    }
}
