package io.incidentledger.api.query;

/** Answers with every incident not yet closed, newest first. */
public record ListOpenIncidents() {
}
