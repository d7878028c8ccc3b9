package io.incidentledger.api.query;

import io.incidentledger.api.id.Platform;

/**
 * Answers with the id of the newest unclosed incident linked to a chat channel, if any: the incident a chat message
 * said there belongs to. Asked for every message, so it may be answered from a cache (ledger-core's README says how
 * fresh); a command that names a person's rights asks {@link FindIncidentsInChannel} instead.
 */
public record FindChatIncident(Platform platform, String channelId) {
}
