package io.incidentledger.projections.status;

import io.incidentledger.api.id.IncidentStatus;
import java.time.Instant;

/** One public update, as Statuspage lists it under an incident. */
public record IncidentUpdateView(String id, IncidentStatus status, String body, Instant createdAt) {
}
