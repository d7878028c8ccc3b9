package io.incidentledger.subscribers.list;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the subscriber list: the processor stops, its token goes back to the start (its reset handler empties
 * the table) and it folds every subscriber stream again. While it runs the list is incomplete, so a message
 * planned meanwhile reaches only the subscribers already folded; the rebuild takes seconds, not minutes.
 */
@Component
public class SubscriberListReplay {

    private final EventProcessingConfiguration processing;

    SubscriberListReplay(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public synchronized void start() {
        var processor = processing.eventProcessor(SubscriberListProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "Subscriptions are off on this instance."));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }
}
