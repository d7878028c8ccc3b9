package io.incidentledger.core.adapter.out.postgres;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.core.erasure.ChatKeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store, and snapshots of the Incident aggregate, so loading a busy incident reads one snapshot and the events after it
 * instead of its whole stream (when it is not cached: {@link CheckedIncidentRepository}). Safe with several instances
 * (a snapshot is committed state at a sequence number). The event store is Axon's JDBC one as its auto-configuration builds it, except that snapshots
 * get their own serializer: aggregates are plain objects read field by field, not messages with JSON properties,
 * and every append also writes the events' links of the hash chain ({@link ChainedEventStorageEngine}).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** Events loaded before a snapshot is taken; also the most a load reads after the latest snapshot. */
    static final int SNAPSHOT_AFTER_EVENTS = 50;
    static final int READ_BATCH = 1_000;

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration axon,
                                          ConnectionProvider connectionProvider, TransactionManager transactions,
                                          ObjectProvider<EventSchema> schema, JdbcTemplate jdbc, ChatKeyStore keys) {
        Serializer snapshots = snapshotSerializer();
        var builder = JdbcEventStorageEngine.builder()
                // an unreadable snapshot is skipped where it is decoded: ChainedEventStorageEngine.readSnapshot
                .snapshotSerializer(snapshots)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactions)
                .schema(schema.getIfAvailable(EventSchema::new))
                // rows per query when streaming the store (publisher, replay); Axon's 100 made a replay chatty
                .batchSize(READ_BATCH);
        return new ChainedEventStorageEngine(builder, transactions, new JdbcChain(jdbc), keys);
    }

    /**
     * Axon's own event store, as its auto-configuration builds it, but without the processors' shared cache: each
     * processor reads the store on its own, as far as it has got. The cache's producer reads ahead as fast as the
     * store answers, and a processor that falls behind pins every event after its position until a cleaner sends it
     * away, a hand-off that, by Axon's source, races with the processor's own reading (Axon issue 2954; Axon's
     * maintainers advise turning the cache off, and Axon 5 has none). Bounding it (2,000 events, cleaned every
     * second) was not enough: after the load phases of bench/full-run, a backlog of 1M events still held some
     * 590,000 of them, and the app died of OutOfMemoryError. Without it, a processor holds at most the batch it
     * reads. The cost is a query per processor per batch, and a processor at the head waits up to its
     * event-availability timeout for the next event (LedgerKafkaConfiguration shortens the publisher's, which the
     * views wait for).
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return uncached(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .build();
    }

    static EmbeddedEventStore.Builder uncached(EventStorageEngine storageEngine) {
        return EmbeddedEventStore.builder().storageEngine(storageEngine).optimizeEventConsumption(false);
    }

    // replaces Axon's default, which cannot read PostgreSQL's unique violations (see the class)
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    // taken after the command's commit on a thread of its own, so the command that triggers it does not wait
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration axon,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactions,
                                                    SnapshotterSpanFactory spanFactory,
                                                    ExecutorService incidentSnapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(axon::repository)
                .transactionManager(transactions)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(incidentSnapshotExecutor)
                .build();
    }

    // a bean, so it stops with the context instead of snapshotting against a closed data source
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService incidentSnapshotExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "incident-snapshots");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SnapshotTriggerDefinition incidentSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_AFTER_EVENTS);
    }

    static Serializer snapshotSerializer() {
        var mapper = LedgerJson.newMapper()
                // a field renamed without a new STATE_REVISION fails the read, and the incident loads from its events
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
