package io.incidentledger.status.statuspage;

import java.util.List;

/** {@code GET /api/v2/components.json}. */
public record StatuspageComponents(StatuspagePage page, List<StatuspageComponent> components) {
}
