package io.incidentledger.read.adapter.in.web;

import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.metrics.MetricsSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Metrics", description = "MTTA, time to mitigate, MTTR and incidents per week; also at /actuator/prometheus")
class MetricsController {

    private final LedgerMetrics metrics;

    MetricsController(LedgerMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/api/metrics")
    @Operation(summary = "Incident metrics over every incident",
            description = "Means in seconds over incidents that reached the milestone: acknowledged (the lead's first "
                    + "action or 'identified'), mitigated ('monitoring'), resolved. declaredPerWeek counts incidents "
                    + "by ISO week (UTC) of declaration and current severity.")
    MetricsSummary summary() {
        return metrics.summary();
    }
}
