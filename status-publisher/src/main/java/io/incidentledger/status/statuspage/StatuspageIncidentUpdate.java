package io.incidentledger.status.statuspage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

public record StatuspageIncidentUpdate(
        String id,
        String status,
        String body,
        @JsonProperty("incident_id") String incidentId,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("display_at") Instant displayAt,
        @JsonProperty("affected_components") List<StatuspageAffectedComponent> affectedComponents) {
}
