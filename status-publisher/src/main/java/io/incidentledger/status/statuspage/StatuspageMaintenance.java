package io.incidentledger.status.statuspage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A scheduled maintenance as Statuspage v2 writes one: an incident with {@code impact: maintenance} and a window. */
public record StatuspageMaintenance(
        String id,
        String name,
        String status,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("monitoring_at") Instant monitoringAt,
        @JsonProperty("resolved_at") Instant resolvedAt,
        String impact,
        String shortlink,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("page_id") String pageId,
        @JsonProperty("incident_updates") List<StatuspageIncidentUpdate> incidentUpdates,
        List<StatuspageComponent> components,
        @JsonProperty("scheduled_for") Instant scheduledFor,
        @JsonProperty("scheduled_until") Instant scheduledUntil) {
}
