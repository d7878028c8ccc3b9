package io.incidentledger.projections.replay;

import java.time.Instant;

/** Where a replay is: state, events replayed of about how many, its rate and the generation it built. */
public record ReplayProgress(
        String state,
        long events,
        long approximateTotal,
        double eventsPerSecond,
        Instant startedAt,
        Instant finishedAt,
        String flightRecorderIndex,
        int viewsRepaired,
        String error) {

    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    static ReplayProgress idle() {
        return new ReplayProgress(IDLE, 0, 0, 0, null, null, null, 0, null);
    }

    public boolean running() {
        return RUNNING.equals(state);
    }
}
