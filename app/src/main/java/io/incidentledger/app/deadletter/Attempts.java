package io.incidentledger.app.deadletter;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failures per event of a processor that delivers again from its own position (Axon's tracking processors): how
 * many tries so far, since when, and which events were parked. Bounded: a stuck processor holds only a few.
 */
final class Attempts {

    private static final int MAX_TRACKED = 1000;

    record Failure(int count, Instant first) {
    }

    private final Map<String, Failure> failures = Collections.synchronizedMap(bounded());
    private final Map<String, Boolean> parked = Collections.synchronizedMap(bounded());

    Failure failed(String processor, String eventId, Instant now) {
        return failures.merge(processor + "/" + eventId, new Failure(1, now),
                (before, again) -> new Failure(before.count() + 1, before.first()));
    }

    void parked(String processor, String eventId) {
        failures.remove(processor + "/" + eventId);
        parked.put(processor + "/" + eventId, Boolean.TRUE);
    }

    boolean wasParked(String processor, String eventId) {
        return parked.containsKey(processor + "/" + eventId);
    }

    void redelivered(String processor, String eventId) {
        parked.remove(processor + "/" + eventId);
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }
}
