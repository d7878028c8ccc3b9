package io.incidentledger.api.query;

import io.incidentledger.api.id.Platform;

/** Answers with the unclosed incidents linked to a chat channel, newest first. */
public record FindIncidentsInChannel(Platform platform, String channelId) {
}
