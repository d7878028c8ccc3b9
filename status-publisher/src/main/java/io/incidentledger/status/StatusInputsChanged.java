package io.incidentledger.status;

/**
 * Published when what the live page shows beside the incident views changed (a display name, a maintenance window),
 * so that it is rendered again once that change has committed.
 */
public record StatusInputsChanged(String what) {
}
