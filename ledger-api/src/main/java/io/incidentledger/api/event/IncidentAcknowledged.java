package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

/** Someone is on it: the end of "time to acknowledge". */
public record IncidentAcknowledged(
        IncidentId incidentId,
        IncidentRef ref,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
