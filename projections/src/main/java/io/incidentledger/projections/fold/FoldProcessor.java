package io.incidentledger.projections.fold;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.FailedEvent;
import io.incidentledger.projections.kafka.StreamsDeadLetters;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Folds one ledger event into the stored view and publishes the view when what it shows changed. An event that
 * would grow a view past its limit is parked instead, and the view stays as it was: Kafka would refuse the view, and
 * the Streams application would stop on it at every restart. Later events of the incident fold on.
 */
final class FoldProcessor<V> implements Processor<String, LedgerEvent, String, V> {

    private final String storeName;
    private final Serde<V> serde;
    private final BiPredicate<V, V> sameShown;
    private final BiFunction<V, LedgerEvent, V> fold;
    private ChangedViews<V> views;
    private DeadLetters deadLetters;
    private int maxViewBytes;

    FoldProcessor(String storeName, Serde<V> serde, BiPredicate<V, V> sameShown, BiFunction<V, LedgerEvent, V> fold) {
        this.storeName = storeName;
        this.serde = serde;
        this.sameShown = sameShown;
        this.fold = fold;
    }

    @Override
    public void init(ProcessorContext<String, V> context) {
        this.views = new ChangedViews<>(context, storeName, serde, sameShown);
        this.deadLetters = StreamsDeadLetters.from(context.appConfigs());
        this.maxViewBytes = StreamsDeadLetters.maxViewBytes(context.appConfigs());
    }

    @Override
    public void process(Record<String, LedgerEvent> event) {
        V current = views.get(event.key());
        V next = fold.apply(current, event.value());
        // a re-delivered event folds to the same value: nothing to store, nothing to publish
        if (!Objects.equals(next, current) && !views.put(current, event.withValue(next), maxViewBytes)) {
            park(event.value());
        }
    }

    private void park(LedgerEvent event) {
        var tooLarge = new RecordTooLargeException("Folding event " + event.eventId() + " would grow the view of "
                + event.incidentId().value() + " in " + storeName + " past " + maxViewBytes + " bytes");
        if (deadLetters == null) {
            throw tooLarge;
        }
        deadLetters.park(new FailedEvent(StreamsDeadLetters.PROCESSOR + "/" + storeName, event.eventId(), null,
                event.incidentId().value(), null), tooLarge, 1, Instant.now());
    }

}
