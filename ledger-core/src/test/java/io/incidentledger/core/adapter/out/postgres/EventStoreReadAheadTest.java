package io.incidentledger.core.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * A processor that stops reading while a backlog arrives holds none of it: the event store reads for each processor
 * only what that processor asks for. With Axon's shared cache, its producer read the whole backlog ahead into the
 * heap, and a processor behind it pinned all it read; a 1M-event backlog ran the app out of heap.
 */
class EventStoreReadAheadTest {

    private static final int BACKLOG = 20_000;

    @Test
    void givenAProcessorThatStopsReading_whenABacklogArrives_thenTheStoreReadsNoneOfItAhead() throws Exception {
        var engine = new CountedReads(new InMemoryEventStorageEngine());
        EmbeddedEventStore store = EventStoreConfiguration.uncached(engine).build();
        try (TrackingEventStream slow = store.openStream(null)) {
            store.publish(event(0));
            assertThat(slow.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            slow.nextAvailable();
            // at the end of the ledger, as a processor that has caught up is
            assertThat(slow.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();

            for (int from = 1; from <= BACKLOG; from += 1_000) {
                store.publish(IntStream.range(from, from + 1_000).mapToObj(EventStoreReadAheadTest::event).toList());
            }
            // the shared cache's producer read all 20,000 into the heap within milliseconds of their commit
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> engine.handedOut() <= 2);

            // and when the processor reads again, it gets the whole backlog, in order
            for (int n = 1; n <= BACKLOG; n++) {
                assertThat(slow.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
                assertThat(slow.nextAvailable().getPayload()).isEqualTo("event " + n);
            }
        } finally {
            store.shutDown();
        }
    }

    private static EventMessage<String> event(int n) {
        return GenericEventMessage.asEventMessage("event " + n);
    }

    /** Counts the events read out of the store. */
    private static final class CountedReads implements EventStorageEngine {
        private final EventStorageEngine stored;
        private final AtomicInteger read = new AtomicInteger();

        CountedReads(EventStorageEngine stored) {
            this.stored = stored;
        }

        int handedOut() {
            return read.get();
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
            return stored.readEvents(token, mayBlock).peek(event -> read.incrementAndGet());
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            stored.appendEvents(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            stored.storeSnapshot(snapshot);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return stored.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return stored.readSnapshot(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return stored.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return stored.createHeadToken();
        }
    }
}
