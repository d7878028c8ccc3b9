package io.incidentledger.ingest.adapter.in.teams;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code teams.*}, so that TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_WEBHOOK_SECRET bind directly.
 *
 * @param incidentChannelId  the Teams channel (conversation id) where each incident gets its own thread
 * @param serviceUrl         the Bot connector for that channel (tests point it at a local fake)
 * @param openIdMetadataUrl  where Bot Framework token keys are published; blank means Microsoft's
 * @param timelineReactions  reaction types that add a message to the timeline
 */
@ConfigurationProperties("teams")
public record TeamsProperties(
        String appId,
        String appPassword,
        String webhookSecret,
        String tenantId,
        String incidentChannelId,
        @DefaultValue("https://smba.trafficmanager.net/teams/") String serviceUrl,
        String openIdMetadataUrl,
        @DefaultValue({"like", "heart"}) List<String> timelineReactions) {

    public boolean hasAppId() {
        return appId != null && !appId.isBlank();
    }
}
