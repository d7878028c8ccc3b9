package io.incidentledger.status.history;

import io.incidentledger.api.history.LedgerHistory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.stereotype.Component;

/** Whether a tracking processor of this app has handled every event stored so far (every segment, here). */
@Component
public class ProcessorProgress {

    private final EventProcessingConfiguration processing;
    private final LedgerHistory ledger;

    ProcessorProgress(EventProcessingConfiguration processing, LedgerHistory ledger) {
        this.processing = processing;
        this.ledger = ledger;
    }

    public boolean caughtUp(String processingGroup) {
        var processor = processing.eventProcessor(processingGroup, TrackingEventProcessor.class);
        if (processor.isEmpty() || processor.get().processingStatus().isEmpty()) {
            return false;
        }
        long head = ledger.approximateSize();
        return processor.get().processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> position.orElse(-1) >= head);
    }
}
