package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

public record ComponentStatusChanged(
        IncidentId incidentId,
        IncidentRef ref,
        String component,
        ComponentStatus from,
        ComponentStatus to,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
