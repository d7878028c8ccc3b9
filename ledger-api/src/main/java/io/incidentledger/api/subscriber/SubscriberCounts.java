package io.incidentledger.api.subscriber;

import java.util.Map;

/** The subscriber list in numbers, for the console and the admin API; implemented by the subscribers module. */
public interface SubscriberCounts {

    /** {@code byComponent} counts confirmed subscribers per chosen component; {@code everything}, those with no choice. */
    record Counts(long confirmed, long pending, long disabled, long everything, Map<String, Long> byComponent) {
    }

    Counts counts();
}
