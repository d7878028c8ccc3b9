package io.incidentledger.api.event;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentRole;
import java.time.Instant;

public record RoleUnassigned(
        IncidentId incidentId,
        IncidentRef ref,
        IncidentRole role,
        ChatUser previous,
        ChatOrigin by,
        Instant at) implements IncidentEvent {
}
