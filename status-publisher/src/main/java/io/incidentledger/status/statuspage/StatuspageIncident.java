package io.incidentledger.status.statuspage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

public record StatuspageIncident(
        String id,
        String name,
        String status,
        String impact,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("monitoring_at") Instant monitoringAt,
        @JsonProperty("resolved_at") Instant resolvedAt,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("page_id") String pageId,
        String shortlink,
        @JsonProperty("incident_updates") List<StatuspageIncidentUpdate> incidentUpdates,
        List<StatuspageComponent> components) {
}
