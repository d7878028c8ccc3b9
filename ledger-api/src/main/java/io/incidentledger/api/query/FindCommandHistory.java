package io.incidentledger.api.query;

import io.incidentledger.api.id.IncidentRef;

/** Answers with the command history of one incident: every attempt, accepted or refused, oldest first. */
public record FindCommandHistory(IncidentRef ref) {
}
