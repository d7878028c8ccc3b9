package io.incidentledger.status.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.chat.SlackMessages;
import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.Redelivery;
import io.incidentledger.status.StatusPageProperties;
import java.time.Clock;
import java.util.Set;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

    static final int PLAN_BATCH = 100;

    @Bean
    NotificationOutbox notificationOutbox(JdbcTemplate jdbc) {
        return new NotificationOutbox(jdbc);
    }

    @Bean
    RouteSender notificationRouteSender(ObjectMapper json, SlackMessages slack, Clock clock) {
        return new RouteSender(json, slack, clock);
    }

    @Bean
    NotificationDispatcher notificationDispatcher(NotificationOutbox outbox, RouteSender sender,
                                                  StatusPageProperties properties, PlatformTransactionManager transactions,
                                                  DeadLetters deadLetters, Clock clock) {
        return new NotificationDispatcher(outbox, sender, properties.notifications(), new TransactionTemplate(transactions),
                deadLetters, clock);
    }

    /** A retry from the admin API sends the parked row to its route now. */
    @Bean
    Redelivery notificationRedelivery(NotificationDispatcher dispatcher) {
        return new Redelivery() {
            @Override
            public Set<String> processors() {
                return Set.of(NotificationDispatcher.PROCESSOR);
            }

            @Override
            public void redeliver(DeadLetter letter) throws Exception {
                dispatcher.redeliver(letter.eventId());
            }
        };
    }

    @Bean
    NotificationSchedule notificationSchedule(NotificationDispatcher dispatcher, StatusPageProperties properties) {
        return new NotificationSchedule(dispatcher, properties.notifications().pollInterval());
    }

    @Autowired
    void configureProcessor(EventProcessingConfigurer processing) {
        // failures retry from the token, or are parked, by the dead-letter policy every processor shares
        processing.registerTrackingEventProcessor(NotificationPlanner.PROCESSING_GROUP)
                // one transaction and one token update per batch, not per event (Axon's default is 1); planning is
                // idempotent by (event, route), so a batch retried after a failure plans nothing twice
                .registerTrackingEventProcessorConfiguration(NotificationPlanner.PROCESSING_GROUP,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(PLAN_BATCH));
    }
}
