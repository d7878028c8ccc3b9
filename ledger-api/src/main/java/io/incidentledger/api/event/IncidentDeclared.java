package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Severity;
import java.time.Instant;

/** A new incident, investigating from now. Its lead, components and channel follow as their own events. */
public record IncidentDeclared(
        IncidentId incidentId,
        IncidentRef ref,
        String title,
        Severity severity,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
