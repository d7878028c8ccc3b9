package io.incidentledger.app.deadletter;

import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.Redelivery;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * Hands a parked event back to its Axon processor's handlers, read again from the event store at its global index,
 * in a unit of work and transaction of its own. It bypasses the processor's interceptors, so a failure is thrown
 * back to the admin rather than parked a second time; the processor itself has long moved on.
 */
final class AxonRedelivery implements Redelivery {

    // the store may leave gaps in the global index; the event is among the first few after its position
    private static final int LOOK_AHEAD = 100;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine store;
    private final TransactionManager transactions;
    private final Attempts attempts;

    AxonRedelivery(EventProcessingConfiguration processing, EventStorageEngine store, TransactionManager transactions,
                   Attempts attempts) {
        this.processing = processing;
        this.store = store;
        this.transactions = transactions;
        this.attempts = attempts;
    }

    @Override
    public Set<String> processors() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(java.util.Map.Entry::getKey).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public void redeliver(DeadLetter letter) throws Exception {
        var processor = processing.eventProcessor(letter.processor(), AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No processor named " + letter.processor()));
        TrackedEventMessage<?> event = read(letter);
        var unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.attachTransaction(transactions);
        var result = unitOfWork.executeWithResult(() -> {
            processor.eventHandlerInvoker().handle(event, Segment.ROOT_SEGMENT);
            return null;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof Exception exception ? exception : new IllegalStateException(failure);
        }
        attempts.redelivered(letter.processor(), letter.eventId());
    }

    private TrackedEventMessage<?> read(DeadLetter letter) {
        if (letter.position() == null) {
            throw new IllegalStateException("Dead letter " + letter.id() + " has no position in the event store");
        }
        var before = letter.position() <= 0 ? null : GapAwareTrackingToken.newInstance(letter.position() - 1, Set.of());
        try (var events = store.readEvents(before, false)) {
            return events.limit(LOOK_AHEAD).filter(event -> event.getIdentifier().equals(letter.eventId()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Event " + letter.eventId()
                            + " is not in the event store at " + letter.position()));
        }
    }
}
