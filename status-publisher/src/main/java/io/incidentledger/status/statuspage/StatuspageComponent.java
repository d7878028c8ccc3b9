package io.incidentledger.status.statuspage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A component or group as Statuspage v2 writes it; only a group has {@code components} (its members' ids). */
public record StatuspageComponent(
        String id,
        String name,
        String status,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        int position,
        String description,
        boolean showcase,
        @JsonProperty("start_date") LocalDate startDate,
        @JsonProperty("group_id") String groupId,
        @JsonProperty("page_id") String pageId,
        boolean group,
        @JsonProperty("only_show_if_degraded") boolean onlyShowIfDegraded,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> components) {
}
