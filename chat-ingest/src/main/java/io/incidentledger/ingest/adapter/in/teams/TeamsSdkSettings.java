package io.incidentledger.ingest.adapter.in.teams;

import com.microsoft.bot.integration.Configuration;
import io.incidentledger.ingest.teams.TeamsProperties;
import java.util.Properties;

/** Hands our {@code teams.*} settings to the SDK under the names it reads. */
final class TeamsSdkSettings implements Configuration {

    private final Properties properties = new Properties();

    TeamsSdkSettings(TeamsProperties teams) {
        properties.setProperty("MicrosoftAppId", teams.appId() == null ? "" : teams.appId());
        properties.setProperty("MicrosoftAppPassword", teams.appPassword() == null ? "" : teams.appPassword());
        if (teams.openIdMetadataUrl() != null && !teams.openIdMetadataUrl().isBlank()) {
            properties.setProperty("BotOpenIdMetadata", teams.openIdMetadataUrl());
        }
    }

    @Override
    public String getProperty(String key) {
        return properties.getProperty(key);
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String[] getProperties(String key) {
        String value = properties.getProperty(key);
        return value == null ? null : value.split(",");
    }
}
