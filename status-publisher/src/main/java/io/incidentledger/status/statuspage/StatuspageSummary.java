package io.incidentledger.status.statuspage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /api/v2/summary.json}, field-compatible with Atlassian Statuspage. */
public record StatuspageSummary(
        StatuspagePage page,
        PageIndicator status,
        List<StatuspageComponent> components,
        List<StatuspageIncident> incidents,
        @JsonProperty("scheduled_maintenances") List<StatuspageMaintenance> scheduledMaintenances) {
}
