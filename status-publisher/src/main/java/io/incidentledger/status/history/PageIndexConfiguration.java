package io.incidentledger.status.history;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PageIndexConfiguration {

    /** Past the rows it writes, most events are chat messages it skips: one commit per batch, not per event. */
    static final int BATCH = 100;

    @Autowired
    void configureProcessor(EventProcessingConfigurer processing) {
        // its token beside the index rows: a restart goes on where it stopped, a new install indexes from the start
        processing.registerTrackingEventProcessor(PageIndexProjection.PROCESSING_GROUP)
                .registerTrackingEventProcessorConfiguration(PageIndexProjection.PROCESSING_GROUP,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH));
    }
}
