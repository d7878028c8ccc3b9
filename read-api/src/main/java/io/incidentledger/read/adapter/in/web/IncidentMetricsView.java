package io.incidentledger.read.adapter.in.web;

import io.incidentledger.projections.metrics.IncidentMetrics;
import java.time.Duration;
import java.time.Instant;

/** One incident's milestones and the seconds from declaration to each; null where not reached yet. */
record IncidentMetricsView(
        String incident,
        String severity,
        Instant declaredAt,
        Instant acknowledgedAt,
        Instant mitigatedAt,
        Instant resolvedAt,
        Long timeToAcknowledgeSeconds,
        Long timeToMitigateSeconds,
        Long timeToResolveSeconds) {

    static IncidentMetricsView of(IncidentMetrics m) {
        return new IncidentMetricsView(m.ref().toString(), m.severity().name(), m.declaredAt(), m.acknowledgedAt(),
                m.mitigatedAt(), m.resolvedAt(), seconds(m.timeToAcknowledge()), seconds(m.timeToMitigate()),
                seconds(m.timeToResolve()));
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }
}
