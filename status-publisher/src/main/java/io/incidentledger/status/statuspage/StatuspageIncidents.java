package io.incidentledger.status.statuspage;

import java.util.List;

/** {@code GET /api/v2/incidents.json} and {@code incidents/unresolved.json}. */
public record StatuspageIncidents(StatuspagePage page, List<StatuspageIncident> incidents) {
}
