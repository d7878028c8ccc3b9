package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import java.time.Instant;

/** The status moved; the message is a public update. */
public record IncidentStatusChanged(
        IncidentId incidentId,
        IncidentRef ref,
        IncidentStatus from,
        IncidentStatus to,
        String message,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
