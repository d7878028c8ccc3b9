package io.incidentledger.api.subscriber;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The subscriber list for the console: counts by component, the rows, and removal; the subscribers module implements it. */
public interface SubscriberDirectory {

    /** {@code byComponent} counts confirmed subscribers per chosen component; {@code everything}, those with no choice. */
    record Counts(long confirmed, long pending, long disabled, long everything, Map<String, Long> byComponent) {
    }

    /** One subscriber as an admin sees it; {@code address} is null once its key is destroyed. */
    record Listed(SubscriberId id, SubscriberKind kind, String address, String status, List<String> components,
                  Instant requestedAt) {
    }

    Counts counts();

    List<Listed> list();

    /** Ends the subscription and erases its address; false if there was none. */
    boolean remove(SubscriberId id);
}
