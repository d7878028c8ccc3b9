package io.incidentledger.projections.maintenance;

import io.incidentledger.api.maintenance.MaintenanceStatus;
import java.time.Instant;

/** A public line about a window: its lifecycle moves and posted updates; the id is the event's, so it is stable. */
public record MaintenanceUpdateView(String id, MaintenanceStatus status, String body, Instant createdAt) {
}
