package io.incidentledger.ingest.adapter.out.teams;

import io.incidentledger.ingest.teams.TeamsProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Only with an incident channel configured: an instance without one must not claim the processor's token. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${teams.incident-channel-id:}'.trim() != ''")
class TeamsOutboundConfiguration {

    @Bean
    TeamsOutbound teamsOutbound(TeamsProperties teams, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                QueryGateway queries, CommandGateway commands) {
        return new TeamsOutbound(new TeamsConnector(teams), new TeamsThreads(jdbc, transactions), queries, commands);
    }

    @Autowired
    void configureProcessor(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessor(TeamsOutbound.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
