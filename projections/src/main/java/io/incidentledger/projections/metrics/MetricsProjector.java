package io.incidentledger.projections.metrics;

import io.incidentledger.api.event.*;
import io.incidentledger.api.id.IncidentRole;
import io.incidentledger.api.id.IncidentStatus;
import java.time.Instant;

/** Folds one incident's events into its {@link IncidentMetrics}. Pure, so topology and replay share it. */
public final class MetricsProjector {

    private MetricsProjector() {
    }

    public static IncidentMetrics apply(IncidentMetrics m, LedgerEvent ledgerEvent) {
        IncidentEvent event = ledgerEvent.event();
        long seq = ledgerEvent.sequence();
        if (event instanceof IncidentDeclared e) {
            return m != null ? m : new IncidentMetrics(e.incidentId(), e.ref(), e.severity(), e.at(), e.by().user().id(),
                    null, null, null, seq);
        }
        if (m == null || seq <= m.lastSequence()) {
            return m;
        }
        String lead = m.leadId();
        Instant acknowledged = m.acknowledgedAt();
        Instant mitigated = m.mitigatedAt();
        Instant resolved = m.resolvedAt();
        var severity = event instanceof SeverityChanged e ? e.to() : m.severity();
        if (event instanceof RoleAssigned e && e.role() == IncidentRole.LEAD) {
            lead = e.assignee().id();
        } else if (isLeadAction(event, lead) || event instanceof IncidentAcknowledged
                || event instanceof IncidentStatusChanged s && s.to() == IncidentStatus.IDENTIFIED) {
            // a chat message keeps its own time, which may precede the declaration: nothing is acknowledged before it
            acknowledged = earliest(acknowledged, event.at().isBefore(m.declaredAt()) ? m.declaredAt() : event.at());
        }
        if (event instanceof IncidentStatusChanged e) {
            if (e.to() == IncidentStatus.MONITORING) {
                mitigated = earliest(mitigated, e.at());
            }
            if (e.to() == IncidentStatus.RESOLVED || e.to() == IncidentStatus.CLOSED && resolved == null) {
                resolved = e.at();
            }
        } else if (event instanceof IncidentReopened) {
            resolved = null;
        }
        return new IncidentMetrics(m.incidentId(), m.ref(), severity, m.declaredAt(), lead, acknowledged, mitigated,
                resolved, seq);
    }

    // the lead's role assignment and channel link come with the declaration itself: they acknowledge nothing
    private static boolean isLeadAction(IncidentEvent event, String lead) {
        boolean byLead = lead != null && lead.equals(event.by().user().id());
        return byLead && !(event instanceof RoleAssigned || event instanceof ChannelLinked
                || event instanceof ReactionAdded || event instanceof MessagePinned || event instanceof MessageUnpinned
                || event instanceof ChatTextRedacted);
    }

    private static Instant earliest(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
