package io.incidentledger.api.deadletter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one dead-letter port of every processor. A transient failure is retried with backoff for ever; any other
 * is tried {@link #maxAttempts()} times and then parked, so the processor goes on with the next event.
 */
public interface DeadLetters {

    /** A server down, a timeout, a 429 or a 5xx: never parked, whatever the attempt. */
    boolean isTransient(Throwable error);

    int maxAttempts();

    /** Parks the event (again: a known event counts one more attempt). */
    void park(FailedEvent event, Throwable error, int attempts, Instant firstFailedAt);

    /** The policy in one place: answers true if the event is now parked, false if the caller must retry it. */
    default boolean parkIfPermanent(FailedEvent event, Throwable error, int attempt, Instant firstFailedAt) {
        if (isTransient(error) || attempt < maxAttempts()) {
            return false;
        }
        park(event, error, attempt, firstFailedAt);
        return true;
    }

    List<DeadLetter> list(int page, int size);

    Map<String, Long> countByProcessor();

    Optional<DeadLetter> find(long id);

    /**
     * Redelivers a parked event to its processor: success removes it, a failure keeps it with one more attempt.
     * Empty if there is no such parked event.
     */
    Optional<RetryOutcome> retry(long id);

    record RetryOutcome(boolean delivered, DeadLetter letter) {
    }
}
