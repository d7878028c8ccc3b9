package io.incidentledger.status.testdata;

import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.DeliveryFailure;
import io.incidentledger.api.deadletter.FailedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The dead-letter port as the app's policy answers it for HTTP routes (a refusal is permanent, an unreachable
 * route transient), recording what is parked; the table itself is the app's and is tested there.
 */
public final class RecordingDeadLetters implements DeadLetters {

    private final int maxAttempts;
    private final List<DeadLetter> parked = new CopyOnWriteArrayList<>();

    public RecordingDeadLetters(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public List<DeadLetter> parked() {
        return List.copyOf(parked);
    }

    @Override
    public boolean isTransient(Throwable error) {
        return !(error instanceof DeliveryFailure failure) || failure.isTransient();
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
        throw new UnsupportedOperationException("retries go through the dispatcher in these tests");
    }
}
