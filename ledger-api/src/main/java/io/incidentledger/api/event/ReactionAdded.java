package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A configured emoji that adds the message to the timeline. */
@Revision(ChatTextRevision.SEALED)
public record ReactionAdded(
        IncidentId incidentId,
        IncidentRef ref,
        String messageId,
        String emoji,
        String text,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
