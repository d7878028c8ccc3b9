package io.incidentledger.projections.flightrecorder;

import java.util.List;
import java.util.Set;

/** A fresh flight-recorder generation, filled beside the live one and then switched to in one step. */
public interface FlightRecorderRebuild {

    /** Creates the next generation and answers its name; the live one keeps taking writes meanwhile. */
    String begin();

    void write(String generation, List<FlightRecord> records);

    /** Makes {@code generation} the one read and written; answers the generation it replaced. */
    String switchTo(String generation);

    /** The generation now live. */
    String current();

    /** Every event id in a generation, for checks after a replay. */
    Set<String> eventIds(String generation);
}
