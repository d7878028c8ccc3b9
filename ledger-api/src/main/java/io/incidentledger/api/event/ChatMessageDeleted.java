package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Recorded as a fact, never by erasing. */
@Revision(ChatTextRevision.SEALED)
public record ChatMessageDeleted(
        IncidentId incidentId,
        IncidentRef ref,
        String messageId,
        String previousText,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
