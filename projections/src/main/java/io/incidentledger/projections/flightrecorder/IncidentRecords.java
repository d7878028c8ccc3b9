package io.incidentledger.projections.flightrecorder;

import java.util.List;

/** One incident's flight-recorder lines as the event store gives them now: after a redaction, without its texts. */
public interface IncidentRecords {

    List<FlightRecord> of(String incidentId);
}
