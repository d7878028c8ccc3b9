package io.incidentledger.api.query;

import io.incidentledger.api.id.IncidentRef;

/** Answers with the {@link IncidentSummary} of one incident, or nothing. */
public record FindIncident(IncidentRef ref) {
}
