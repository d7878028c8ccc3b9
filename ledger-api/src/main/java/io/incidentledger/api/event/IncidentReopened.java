package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import java.time.Instant;

/** A resolved or closed incident is investigated again. */
public record IncidentReopened(
        IncidentId incidentId,
        IncidentRef ref,
        IncidentStatus from,
        String reason,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
