package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

/** The customer-facing impact text changed. */
public record ImpactChanged(
        IncidentId incidentId,
        IncidentRef ref,
        String from,
        String to,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
