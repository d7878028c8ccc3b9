package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Pins become the timeline at {@code messageAt}, the pinned message's own time. */
@Revision(ChatTextRevision.SEALED)
public record MessagePinned(
        IncidentId incidentId,
        IncidentRef ref,
        String messageId,
        String text,
        Instant messageAt,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
