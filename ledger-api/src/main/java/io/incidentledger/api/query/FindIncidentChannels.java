package io.incidentledger.api.query;

import io.incidentledger.api.id.IncidentRef;

/** Answers with the chat channels (Slack channels, Teams threads) linked to one incident, oldest link first. */
public record FindIncidentChannels(IncidentRef ref) {
}
