package io.incidentledger.projections.fold;

import java.time.Duration;
import java.util.Objects;

/**
 * When a fold publishes a changed view. Per event suits small views that must be fresh (the status page). A view
 * that grows with its incident (the timeline) is coalesced instead: its key is marked in {@code pendingStore}, and
 * every {@code interval} the latest value of each marked view is published once, so a burst of events on one
 * incident costs one record, not one per event.
 */
public record Publication(String pendingStore, Duration interval) {

    public static Publication perEvent() {
        return new Publication(null, Duration.ZERO);
    }

    public static Publication coalesced(String pendingStore, Duration interval) {
        Objects.requireNonNull(pendingStore, "pendingStore");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        return new Publication(pendingStore, interval);
    }

    boolean isCoalesced() {
        return pendingStore != null;
    }
}
