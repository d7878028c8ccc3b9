package io.incidentledger.api.query;

import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import java.time.Instant;

/** The command side's own, strongly consistent view of an incident: enough to route and authorize a command. */
public record IncidentSummary(
        IncidentId incidentId,
        IncidentRef ref,
        String title,
        IncidentStatus status,
        Severity severity,
        ChatUser lead,
        ChatUser comms,
        ChatUser scribe,
        String summary,
        String impact,
        Instant declaredAt,
        Instant updatedAt) {
}
