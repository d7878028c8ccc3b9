package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import java.time.Instant;

/** Words for the status page, with the status they were posted under. */
public record PublicUpdatePosted(
        IncidentId incidentId,
        IncidentRef ref,
        IncidentStatus status,
        String message,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
