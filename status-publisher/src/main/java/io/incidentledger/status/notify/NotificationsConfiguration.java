package io.incidentledger.status.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.status.StatusPageProperties;
import java.time.Clock;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

    @Bean
    NotificationOutbox notificationOutbox(JdbcTemplate jdbc) {
        return new NotificationOutbox(jdbc);
    }

    @Bean
    RouteSender notificationRouteSender(ObjectMapper json, Clock clock,
                                        @Value("${slack.api-url:https://slack.com/api/}") String slackApiUrl,
                                        @Value("${slack.bot-token:}") String slackBotToken) {
        return new RouteSender(json, slackApiUrl, slackBotToken, clock);
    }

    @Bean
    NotificationDispatcher notificationDispatcher(NotificationOutbox outbox, RouteSender sender,
                                                  StatusPageProperties properties, PlatformTransactionManager transactions,
                                                  Clock clock) {
        return new NotificationDispatcher(outbox, sender, properties.notifications(), new TransactionTemplate(transactions),
                clock);
    }

    @Bean
    NotificationSchedule notificationSchedule(NotificationDispatcher dispatcher, StatusPageProperties properties) {
        return new NotificationSchedule(dispatcher, properties.notifications().pollInterval());
    }

    @Autowired
    void configureProcessor(EventProcessingConfigurer processing) {
        // failures retry from the token, or are parked, by the dead-letter policy every processor shares
        processing.registerTrackingEventProcessor(NotificationPlanner.PROCESSING_GROUP);
    }
}
