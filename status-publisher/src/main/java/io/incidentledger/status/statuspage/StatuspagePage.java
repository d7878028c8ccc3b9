package io.incidentledger.status.statuspage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record StatuspagePage(
        String id,
        String name,
        String url,
        @JsonProperty("time_zone") String timeZone,
        @JsonProperty("updated_at") Instant updatedAt) {
}
