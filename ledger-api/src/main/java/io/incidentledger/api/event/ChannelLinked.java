package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

/** Commands typed in this channel need no reference; the platform is the origin's. */
public record ChannelLinked(
        IncidentId incidentId,
        IncidentRef ref,
        String channelId,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
