package io.incidentledger.ingest.adapter.in.teams;

import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatRecordService;
import io.incidentledger.ingest.teams.TeamsProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsProperties.class)
class TeamsConfiguration {

    @Bean
    BotFrameworkHttpAdapter teamsAdapter(TeamsProperties teams) {
        if (teams.openIdMetadataUrl() != null && !teams.openIdMetadataUrl().isBlank()) {
            // where token keys come from: Microsoft's by default, a local endpoint in tests
            ChannelValidation.setOpenIdMetaDataUrl(teams.openIdMetadataUrl());
        }
        return new BotFrameworkHttpAdapter(new TeamsSdkSettings(teams));
    }

    @Bean
    IncidentTeamsBot incidentTeamsBot(ChatCommandService commands, ChatRecordService record, TeamsProperties teams, Clock clock) {
        return new IncidentTeamsBot(commands, record, teams.timelineReactions(), clock);
    }
}
