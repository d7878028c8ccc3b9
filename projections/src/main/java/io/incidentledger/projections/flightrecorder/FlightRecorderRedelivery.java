package io.incidentledger.projections.flightrecorder;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.Redelivery;
import io.incidentledger.api.event.LedgerEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A retry from the admin API records the parked event, kept as JSON in its dead letter, once more. */
@Component
class FlightRecorderRedelivery implements Redelivery {

    private final FlightRecorder recorder;
    private final ObjectMapper json;

    FlightRecorderRedelivery(FlightRecorder recorder, ObjectMapper json) {
        this.recorder = recorder;
        this.json = json;
    }

    @Override
    public Set<String> processors() {
        return Set.of(FlightRecorderFeed.GROUP);
    }

    @Override
    public void redeliver(DeadLetter letter) throws Exception {
        if (letter.payload() == null) {
            throw new IllegalStateException("Dead letter " + letter.id() + " is a record no reader understands");
        }
        LedgerEvent event = json.readValue(letter.payload(), LedgerEvent.class);
        recorder.record(FlightRecords.from(event).map(List::of).orElse(List.of()));
    }
}
