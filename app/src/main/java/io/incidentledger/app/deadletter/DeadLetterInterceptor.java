package io.incidentledger.app.deadletter;

import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.FailedEvent;
import java.time.Clock;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Around every handler of one Axon processor: a failure the policy calls permanent is parked and the processor goes
 * on; any other is rethrown, so the tracking processor keeps its token and retries with its backoff (up to 60 s).
 * Only tracked events: a subscribing processor runs in the command's transaction, and its failure is the command's.
 */
final class DeadLetterInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterInterceptor.class);

    private final String processor;
    private final DeadLetters deadLetters;
    private final Attempts attempts;
    private final Clock clock;

    DeadLetterInterceptor(String processor, DeadLetters deadLetters, Attempts attempts, Clock clock) {
        this.processor = processor;
        this.deadLetters = deadLetters;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        if (!(event instanceof TrackedEventMessage<?> tracked)) {
            return chain.proceed();
        }
        // parked while its batch's transaction was already aborted: the batch comes again, this event must not
        if (attempts.wasParked(processor, event.getIdentifier())) {
            return null;
        }
        try {
            return chain.proceed();
        } catch (Exception failure) {
            var failed = attempts.failed(processor, event.getIdentifier(), clock.instant());
            if (!deadLetters.parkIfPermanent(failedEvent(tracked), failure, failed.count(), failed.first())) {
                log.warn("{} failed on event {} (attempt {}), retrying: {}", processor, event.getIdentifier(),
                        failed.count(), failure.toString());
                throw failure;
            }
            attempts.parked(processor, event.getIdentifier());
            log.error("{} parked event {} after {} attempts; it is listed at /api/admin/dead-letters", processor,
                    event.getIdentifier(), failed.count(), failure);
            return null;
        }
    }

    private FailedEvent failedEvent(TrackedEventMessage<?> event) {
        Long position = event.trackingToken().position().isPresent()
                ? event.trackingToken().position().getAsLong() : null;
        String incidentId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        return new FailedEvent(processor, event.getIdentifier(), position, incidentId, null);
    }
}
