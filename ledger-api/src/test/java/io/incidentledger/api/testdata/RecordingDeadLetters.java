package io.incidentledger.api.testdata;

import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.FailedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The dead-letter port for a module's tests, recording what is parked, with the policy the test gives; the table,
 * its policy and its retries are the app's, and are tested there.
 */
public final class RecordingDeadLetters implements DeadLetters {

    private final List<DeadLetter> parked = new CopyOnWriteArrayList<>();
    private final int maxAttempts;
    private final Predicate<Throwable> transientWhen;

    /** Every failure permanent, parked at once. */
    public RecordingDeadLetters() {
        this(1, failure -> false);
    }

    public RecordingDeadLetters(int maxAttempts, Predicate<Throwable> transientWhen) {
        this.maxAttempts = maxAttempts;
        this.transientWhen = transientWhen;
    }

    public List<DeadLetter> parked() {
        return List.copyOf(parked);
    }

    @Override
    public boolean isTransient(Throwable error) {
        return transientWhen.test(error);
    }

    @Override
    public int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public void park(FailedEvent event, Throwable error, int attempts, Instant firstFailedAt) {
        parked.add(new DeadLetter(parked.size() + 1, event.processor(), event.eventId(), event.position(),
                event.incidentId(), error.getClass().getName(), error.getMessage(), attempts, firstFailedAt,
                Instant.now(), event.payload()));
    }

    @Override
    public List<DeadLetter> list(int page, int size) {
        return parked();
    }

    @Override
    public Map<String, Long> countByProcessor() {
        return parked.stream().collect(Collectors.groupingBy(DeadLetter::processor, Collectors.counting()));
    }

    @Override
    public Optional<DeadLetter> find(long id) {
        return parked.stream().filter(letter -> letter.id() == id).findFirst();
    }

    @Override
    public Optional<RetryOutcome> retry(long id) {
        throw new UnsupportedOperationException("retried by their owner: a replay for Streams, the dispatcher for routes");
    }
}
