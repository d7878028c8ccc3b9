package io.incidentledger.app.deadletter;

import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.app.AppProperties;
import io.incidentledger.api.deadletter.Redelivery;
import java.time.Clock;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The dead letter of every processor, set up once: the port the modules receive, the policy around every Axon
 * processor's handlers, and the redelivery of parked Axon events.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    private final Attempts attempts = new Attempts();

    @Bean
    DeadLetters jdbcDeadLetters(JdbcTemplate jdbc, PlatformTransactionManager transactions, AppProperties properties,
                                ObjectProvider<Redelivery> redeliveries, Clock clock) {
        return new JdbcDeadLetters(jdbc, transactions, properties.deadLetters(), redeliveries, clock);
    }

    @Bean
    Redelivery axonRedelivery(@Lazy EventProcessingConfiguration processing, EventStorageEngine store,
                              TransactionManager transactions) {
        return new AxonRedelivery(processing, store, transactions, attempts);
    }

    @Autowired
    void configureProcessors(EventProcessingConfigurer processing, @Lazy DeadLetters deadLetters, Clock clock) {
        // a failed handler must reach the interceptor, not be logged and skipped (Axon's default)
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((configuration, processor) ->
                        new DeadLetterInterceptor(processor, deadLetters, attempts, clock));
    }
}
