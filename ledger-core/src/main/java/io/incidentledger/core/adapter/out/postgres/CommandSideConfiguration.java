package io.incidentledger.core.adapter.out.postgres;

import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommandSideConfiguration {

    // DeliveryDeduplication, a handler-interceptor bean, is registered on the bus by Axon's auto-configuration.
    // Two writers racing on one incident: the loser's transaction rolls back and it runs again on fresh state
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        var retries = IntervalRetryScheduler.builder()
                // a few threads: one would queue every retry in the app behind the others
                .retryExecutor(Executors.newScheduledThreadPool(4, r -> {
                    Thread thread = new Thread(r, "command-retry");
                    thread.setDaemon(true);
                    return thread;
                }))
                .retryInterval(25)
                .maxRetryCount(8)
                .nonTransientFailurePredicate(failure -> !isConcurrencyConflict(failure))
                .build();
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retries).build();
    }

    @Autowired
    void directoryInTheCommandTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(IncidentDirectoryProjection.PROCESSING_GROUP);
    }

    private static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
