package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

/** For the timeline only; never shown on the status page. */
public record InternalNoteAdded(
        IncidentId incidentId,
        IncidentRef ref,
        String text,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
