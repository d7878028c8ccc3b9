package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Severity;
import java.time.Instant;

public record IncidentDeclared(
        IncidentId incidentId,
        IncidentRef ref,
        String title,
        Severity severity,
        ChatOrigin origin,
        Instant declaredAt) implements IncidentEvent {
}
