package io.incidentledger.projections.metrics;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Severity;
import java.time.Duration;
import java.time.Instant;

/**
 * The milestones of one incident that its metrics are measured from. Acknowledged: the lead's first action
 * after declaring, or {@code identified}; mitigated: first {@code monitoring}; resolved: the last resolution.
 */
public record IncidentMetrics(
        IncidentId incidentId,
        IncidentRef ref,
        Severity severity,
        Instant declaredAt,
        String leadId,
        Instant acknowledgedAt,
        Instant mitigatedAt,
        Instant resolvedAt,
        long lastSequence) {

    public Duration timeToAcknowledge() {
        return since(acknowledgedAt);
    }

    public Duration timeToMitigate() {
        return since(mitigatedAt);
    }

    public Duration timeToResolve() {
        return since(resolvedAt);
    }

    private Duration since(Instant milestone) {
        return milestone == null ? null : Duration.between(declaredAt, milestone);
    }
}
