package io.incidentledger.status.history;

import io.incidentledger.api.history.LedgerHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Whether a tracking processor of this app (every segment, here) has handled every event stored up to an instant:
 * it has reached the ledger's head, or it follows the head live and the instant is {@link #SETTLED} ago, more than
 * such a processor lags, so that a steady stream of new events does not keep {@code ?at=} off its index.
 */
@Component
public class ProcessorProgress {

    public static final Duration SETTLED = Duration.ofMinutes(1);

    private final EventProcessingConfiguration processing;
    private final LedgerHistory ledger;
    private final Clock clock;

    ProcessorProgress(EventProcessingConfiguration processing, LedgerHistory ledger, Clock clock) {
        this.processing = processing;
        this.ledger = ledger;
        this.clock = clock;
    }

    public boolean handledUpTo(String processingGroup, Instant at) {
        var processor = processing.eventProcessor(processingGroup, TrackingEventProcessor.class);
        if (processor.isEmpty() || processor.get().processingStatus().isEmpty()) {
            return false;
        }
        var segments = processor.get().processingStatus().values();
        if (at.isBefore(clock.instant().minus(SETTLED)) && segments.stream().allMatch(EventTrackerStatus::isCaughtUp)) {
            return true;
        }
        long head = ledger.approximateSize();
        return segments.stream().map(EventTrackerStatus::getCurrentPosition).allMatch(position -> position.orElse(-1) >= head);
    }
}
