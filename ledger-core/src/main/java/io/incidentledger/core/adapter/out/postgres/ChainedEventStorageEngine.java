package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.chain.ChainLink;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's JDBC event store, which also links every event it appends into the hash chain, in the same
 * transaction: an event is stored with its link or not at all. The link hashes the payload exactly as serialized
 * for the row (Axon caches a message's serialized form per serializer) and the timestamp as the row's text.
 */
public class ChainedEventStorageEngine extends JdbcEventStorageEngine {

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
