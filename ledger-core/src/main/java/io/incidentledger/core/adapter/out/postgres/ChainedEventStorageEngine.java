package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.chain.ChainLink;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's JDBC event store, which also links every event it appends into the hash chain, in the same
 * transaction: an event is stored with its link or not at all. The link hashes the payload exactly as serialized
 * for the row (Axon caches a message's serialized form per serializer) and the timestamp as the row's text.
 */
public class ChainedEventStorageEngine extends JdbcEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(ChainedEventStorageEngine.class);

    private final TransactionManager transactions;
    private final JdbcChain chain;

    ChainedEventStorageEngine(Builder builder, TransactionManager transactions, JdbcChain chain) {
        super(builder);
        this.transactions = transactions;
        this.chain = chain;
    }

    /** The chained store over a data source whose transactions {@code transactions} runs (the bench builds one). */
    public static ChainedEventStorageEngine over(Builder builder, TransactionManager transactions, DataSource dataSource) {
        return new ChainedEventStorageEngine(builder, transactions, new JdbcChain(new JdbcTemplate(dataSource)));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            chain.append(events.stream().map(event -> link(event, serializer)).toList());
        });
    }

    /**
     * An aggregate's rows are read in ranges of sequence numbers ({@code >= first AND < first + batch}), and an
     * aggregate's sequence has no gaps, so a short range is its end: Axon's JDBC default reads on until a range
     * comes back empty, one more query on every load.
     */
    @Override
    protected boolean fetchForAggregateUntilEmpty() {
        return false;
    }

    /**
     * The latest snapshot, if it still reads: it is decoded here, once, and the aggregate is built from that same
     * decoded payload (Axon's message caches it). One that no longer fits the class (a field renamed without a new
     * revision) is skipped, and the incident loads from its events instead of every command on it failing.
     */
    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return super.readSnapshot(aggregateIdentifier).filter(ChainedEventStorageEngine::readable);
    }

    static boolean readable(DomainEventMessage<?> snapshot) {
        try {
            snapshot.getPayload();
            return true;
        } catch (RuntimeException unreadable) {
            log.warn("Ignoring an unreadable snapshot of {} at {}: {}", snapshot.getAggregateIdentifier(),
                    snapshot.getSequenceNumber(), unreadable.toString());
            return false;
        }
    }

    static ChainLink link(EventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        String timestamp = DateTimeUtils.formatInstant(event.getTimestamp());
        if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
            return new ChainLink(domain.getAggregateIdentifier(), domain.getSequenceNumber(), event.getIdentifier(),
                    domain.getType(), payload.getType().getName(), payload.getType().getRevision(), timestamp,
                    payload.getData());
        }
        // outside aggregates a stream is the payload type; its place (-1 here) is given by the chain's head
        return new ChainLink(payload.getType().getName(), -1, event.getIdentifier(), null,
                payload.getType().getName(), payload.getType().getRevision(), timestamp, payload.getData());
    }
}
