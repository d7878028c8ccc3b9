package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The earlier text is kept. */
@Revision(ChatTextRevision.SEALED)
public record ChatMessageEdited(
        IncidentId incidentId,
        IncidentRef ref,
        String messageId,
        String previousText,
        String text,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
