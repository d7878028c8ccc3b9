package io.incidentledger.core.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * A processor that stops reading while a backlog arrives holds only a bounded part of it in the heap: with Axon's
 * defaults it held everything after its position for up to ten seconds, and a 1M-event backlog ran the app out of heap.
 */
class EventStoreCacheBoundTest {

    /** Ten times what the store now keeps behind its head ({@link EventStoreConfiguration#CACHED_EVENTS}). */
    private static final int BACKLOG = 20_000;
    /** Less than Axon's default cleanup delay (10 s): with the defaults, the slow stream still holds the backlog. */
    private static final Duration BOUND = Duration.ofSeconds(8);

    @Test
    void givenAProcessorThatStopsReading_whenABacklogArrives_thenTheStoreKeepsOnlyABoundedPartOfIt() throws Exception {
        var engine = new FreshCopies(new InMemoryEventStorageEngine());
        EmbeddedEventStore store = EventStoreConfiguration.bounded(engine).build();
        try (TrackingEventStream slow = store.openStream(null)) {
            store.publish(event(0));
            assertThat(slow.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            slow.nextAvailable();
            // at the end of its own stream it follows the shared cache, as a processor that has caught up does
            assertThat(slow.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
            store.publish(event(1));
            assertThat(slow.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            slow.nextAvailable();

            for (int from = 2; from <= BACKLOG; from += 1_000) {
                store.publish(IntStream.range(from, from + 1_000).mapToObj(EventStoreCacheBoundTest::event).toList());
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> engine.handedOut() >= BACKLOG);

            await().atMost(BOUND).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                System.gc();
                assertThat(engine.stillHeld()).as("events of the backlog still in the heap")
                        .isLessThan(BACKLOG / 4);
            });
        } finally {
            store.shutDown();
        }
    }

    private static EventMessage<String> event(int n) {
        return GenericEventMessage.asEventMessage("event " + n);
    }

    /**
     * Hands out a new message object for every event read, as the JDBC engine does, and watches whether the event
     * store still holds them; the in-memory engine alone would keep every message reachable itself.
     */
    private static final class FreshCopies implements EventStorageEngine {
        private final EventStorageEngine stored;
        private final List<WeakReference<TrackedEventMessage<?>>> read = new CopyOnWriteArrayList<>();

        FreshCopies(EventStorageEngine stored) {
            this.stored = stored;
        }

        int handedOut() {
            return read.size();
        }

        long stillHeld() {
            return read.stream().filter(reference -> reference.get() != null).count();
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
            return stored.readEvents(token, mayBlock).map(event -> {
                TrackedEventMessage<?> copy = new GenericTrackedEventMessage<>(event.trackingToken(), event);
                read.add(new WeakReference<>(copy));
                return copy;
            });
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
