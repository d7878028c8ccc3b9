package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** {@code at} is the message's own time. */
@Revision(ChatTextRevision.SEALED)
public record ChatMessageRecorded(
        IncidentId incidentId,
        IncidentRef ref,
        String messageId,
        String threadId,
        String text,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
