package io.incidentledger.projections.replay;

import io.incidentledger.api.history.LedgerHistory;

import io.incidentledger.projections.flightrecorder.FlightRecord;
import io.incidentledger.projections.flightrecorder.FlightRecords;
import io.incidentledger.projections.flightrecorder.IncidentRecords;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the incident from the event store, as the replay does, and maps it as the feed does. */
@Component
class LedgerIncidentRecords implements IncidentRecords {

    private final LedgerHistory history;

    LedgerIncidentRecords(LedgerHistory history) {
        this.history = history;
    }

    @Override
    public List<FlightRecord> of(String incidentId) {
        List<FlightRecord> records = new ArrayList<>();
        history.readIncident(incidentId, event -> FlightRecords.from(event).ifPresent(records::add));
        return records;
    }
}
