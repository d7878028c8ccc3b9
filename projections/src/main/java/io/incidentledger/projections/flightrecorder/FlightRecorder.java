package io.incidentledger.projections.flightrecorder;

import java.util.List;

/** Where flight-recorder lines are kept. Writing the same event id twice keeps one line. */
public interface FlightRecorder {

    /** Stores every record or throws; the caller retries the whole batch. */
    void record(List<FlightRecord> records);
}
