package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Severity;
import java.time.Instant;

public record SeverityChanged(
        IncidentId incidentId,
        IncidentRef ref,
        Severity from,
        Severity to,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
