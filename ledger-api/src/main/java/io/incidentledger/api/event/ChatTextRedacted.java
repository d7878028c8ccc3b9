package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

/**
 * The text of one chat message ({@code messageId}), or of all of the incident's chat ({@code messageId} null), was
 * erased: its key material is destroyed with this event, and every view shows {@link #marker()} instead.
 */
public record ChatTextRedacted(
        IncidentId incidentId,
        IncidentRef ref,
        String messageId,
        String reason,
        ChatOrigin by,
        Instant at) implements IncidentEvent {

    public boolean allMessages() {
        return messageId == null;
    }

    public String marker() {
        return marker(by.user().name(), at);
    }

    /** What a redacted text reads as, everywhere: the live views and the event store after its key is gone. */
    public static String marker(String name, Instant at) {
        return "[redacted by " + name + " at " + at + "]";
    }
}
