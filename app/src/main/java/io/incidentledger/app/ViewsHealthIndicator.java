package io.incidentledger.app;

import io.incidentledger.projections.replay.LiveViews;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.status.StatusPageReadiness;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Ready means the status page and the read APIs can answer: each view they read (status, metrics) answers a lookup
 * (timelines are read from the ledger, finding their incident through the metrics view), and the status page has
 * its first render. Until then they answer 503 {@code view_not_ready}, so this says OUT_OF_SERVICE, which holds readiness and
 * the overall status below UP: a script or an orchestrator waiting for UP meets no errors after it.
 */
@Component("views")
class ViewsHealthIndicator implements HealthIndicator {

    private final LiveViews views;
    private final StatusPageReadiness statusPage;

    ViewsHealthIndicator(LiveViews views, StatusPageReadiness statusPage) {
        this.views = views;
        this.statusPage = statusPage;
    }

    @Override
    public Health health() {
        try {
            views.probe();
            if (!statusPage.rendered()) {
                return Health.outOfService().withDetail("reason", "The status page is still being rendered").build();
            }
            return Health.up().build();
        } catch (ViewNotReady notReady) {
            return Health.outOfService().withDetail("reason", notReady.getMessage()).build();
        }
    }
}
