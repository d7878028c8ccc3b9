package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

public record FollowUpActionReopened(
        IncidentId incidentId,
        IncidentRef ref,
        int number,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
