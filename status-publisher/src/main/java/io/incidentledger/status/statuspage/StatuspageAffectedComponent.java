package io.incidentledger.status.statuspage;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An entry of an update's {@code affected_components}, as Statuspage lists them. */
public record StatuspageAffectedComponent(
        String code,
        String name,
        @JsonProperty("old_status") String oldStatus,
        @JsonProperty("new_status") String newStatus) {
}
