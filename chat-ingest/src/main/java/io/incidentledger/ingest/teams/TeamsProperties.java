package io.incidentledger.ingest.teams;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code teams.*}, so that TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_WEBHOOK_SECRET bind directly.
 *
 * @param tenantId           the bot's home tenant, for its own tokens (single-tenant bots)
 * @param tenantIds          the tenants whose activities are taken (TEAMS_TENANT_IDS); empty means {@code tenantId}
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
        @DefaultValue List<String> tenantIds,
        String incidentChannelId,
        @DefaultValue("https://smba.trafficmanager.net/teams/") String serviceUrl,
        String openIdMetadataUrl,
        @DefaultValue({"like", "heart"}) List<String> timelineReactions) {

    public TeamsProperties {
        tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
    }

    public boolean hasAppId() {
        return appId != null && !appId.isBlank();
    }

    /** Whether Teams is set up at all: a bot registration or an outgoing webhook. */
    public boolean isConfigured() {
        return hasAppId() || (webhookSecret != null && !webhookSecret.isBlank());
    }

    /** {@code tenantIds} without blanks; a single-tenant bot's own {@code tenantId} when that list is empty. */
    public List<String> allowedTenants() {
        List<String> listed = tenantIds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
        return listed.isEmpty() && tenantId != null && !tenantId.isBlank() ? List.of(tenantId.strip()) : listed;
    }
}
