package io.incidentledger.api.query;

import io.incidentledger.api.id.Platform;

/** One chat channel linked to an incident: a Slack channel id or a Teams conversation id. */
public record IncidentChannel(Platform platform, String channelId) {
}
