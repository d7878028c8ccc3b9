package io.incidentledger.ingest.adapter.out.slack;

import com.slack.api.Slack;
import io.incidentledger.ingest.slack.SlackProperties;
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

/**
 * Only with a bot token: an instance without one must not claim the processor's token and skip events that
 * an instance with a token should deliver.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${slack.bot-token:}'.trim() != ''")
class SlackOutboundConfiguration {

    @Bean
    SlackOutbound slackOutbound(Slack slack, SlackProperties properties, JdbcTemplate jdbc,
                                PlatformTransactionManager transactions, QueryGateway queries, CommandGateway commands) {
        return new SlackOutbound(new SlackWebApi(slack.methods(properties.botToken())),
                new SlackIncidentChannels(jdbc, transactions),
                properties, queries, commands);
    }

    @Autowired
    void configureProcessor(EventProcessingConfigurer processing) {
        // a new instance starts at the head: installing Slack later must not open channels for old incidents
        processing.registerTrackingEventProcessor(SlackOutbound.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
