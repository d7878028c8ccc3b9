package io.incidentledger.projections.flightrecorder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.FailedEvent;
import io.incidentledger.api.event.ChatTextRedacted;
import io.incidentledger.api.event.LedgerEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds every ledger event to the flight recorder in batches. Offsets are committed only after the batch is
 * stored, so an outage of the store delays the recorder but loses nothing: a transient failure is thrown, and the
 * container retries the batch for ever. Any other failure means one bad event: the batch is recorded one event at
 * a time, and an event that fails the dead-letter port's number of times is parked with its JSON (order does not
 * matter here: each line stands alone), while the rest are recorded. After a redaction, its incident's lines are
 * written again from the event store (same ids, so they replace the old), where the erased texts read as the marker.
 */
@Component
class FlightRecorderFeed {

    static final String GROUP = "flight-recorder";
    private static final Logger log = LoggerFactory.getLogger(FlightRecorderFeed.class);

    private final FlightRecorder recorder;
    private final DeadLetters deadLetters;
    private final ObjectMapper json;
    private final IncidentRecords incidents;

    FlightRecorderFeed(FlightRecorder recorder, DeadLetters deadLetters, ObjectMapper json, IncidentRecords incidents) {
        this.recorder = recorder;
        this.deadLetters = deadLetters;
        this.json = json;
        this.incidents = incidents;
    }

    @KafkaListener(id = GROUP, topics = LedgerTopics.INCIDENT_EVENTS, batch = "true",
            containerFactory = "ledgerEventBatchListenerFactory")
    void onEvents(List<ConsumerRecord<String, LedgerEvent>> batch) {
        // a record that could not be read arrives without a value (see the container factory): park it, read on
        batch.stream().filter(record -> record.value() == null).forEach(this::parkUnreadable);
        List<LedgerEvent> events = batch.stream().map(ConsumerRecord::value).filter(Objects::nonNull).toList();
        try {
            recorder.record(records(events));
        } catch (RuntimeException failure) {
            if (deadLetters.isTransient(failure)) {
                throw failure;
            }
            events.forEach(this::recordAlone);
        }
        events.stream().filter(event -> event.event() instanceof ChatTextRedacted).map(event -> event.incidentId().value())
                .distinct().forEach(incident -> recorder.record(incidents.of(incident)));
    }

    void recordAlone(LedgerEvent event) {
        Instant first = Instant.now();
        for (int attempt = 1; ; attempt++) {
            try {
                recorder.record(records(List.of(event)));
                return;
            } catch (RuntimeException failure) {
                if (deadLetters.parkIfPermanent(failed(event), failure, attempt, first)) {
                    log.error("The flight recorder parked event {} after {} attempts", event.eventId(), attempt, failure);
                    return;
                }
                if (deadLetters.isTransient(failure)) {
                    throw failure;
                }
            }
        }
    }

    private void parkUnreadable(ConsumerRecord<String, LedgerEvent> record) {
        String id = record.topic() + "-" + record.partition() + "@" + record.offset();
        log.error("The flight recorder cannot read {}; parked", id);
        deadLetters.park(new FailedEvent(GROUP, id, null, record.key(), null),
                new IllegalArgumentException("Record " + id + " is not a ledger event"), 1, Instant.now());
    }

    private FailedEvent failed(LedgerEvent event) {
        try {
            return new FailedEvent(GROUP, event.eventId(), null, event.incidentId().value(),
                    json.writeValueAsString(event));
        } catch (JsonProcessingException unwritable) {
            return new FailedEvent(GROUP, event.eventId(), null, event.incidentId().value(), null);
        }
    }

    private static List<FlightRecord> records(List<LedgerEvent> events) {
        return events.stream().map(FlightRecords::from).flatMap(Optional::stream).toList();
    }
}
