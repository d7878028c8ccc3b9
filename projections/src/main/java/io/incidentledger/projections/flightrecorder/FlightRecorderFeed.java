package io.incidentledger.projections.flightrecorder;

import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.LedgerEvent;
import java.util.List;
import java.util.Optional;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds every ledger event to the flight recorder in batches. Offsets are committed only after the batch is
 * stored, so an outage of the store delays the recorder but loses nothing.
 */
@Component
class FlightRecorderFeed {

    static final String GROUP = "flight-recorder";

    private final FlightRecorder recorder;

    FlightRecorderFeed(FlightRecorder recorder) {
        this.recorder = recorder;
    }

    @KafkaListener(id = GROUP, topics = LedgerTopics.INCIDENT_EVENTS, batch = "true",
            containerFactory = "ledgerEventBatchListenerFactory")
    void onEvents(List<LedgerEvent> events) {
        recorder.record(events.stream().map(FlightRecords::from).flatMap(Optional::stream).toList());
    }
}
