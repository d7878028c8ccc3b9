package io.incidentledger.status.statuspage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record StatuspageComponent(
        String id,
        String name,
        String status,
        int position,
        @JsonProperty("updated_at") Instant updatedAt) {
}
