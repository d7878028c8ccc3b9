package io.incidentledger.subscribers;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The list and the planner follow the ledger in tracking processors of their own, tokens in PostgreSQL. */
@Configuration(proxyBeanMethods = false)
class SubscriberProcessors {

    static final String LIST = "subscriber-list";
    static final String PLANNER = "subscriber-notifications";

    @Autowired
    void configureProcessors(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessor(LIST);
        processing.registerTrackingEventProcessor(PLANNER);
    }
}
