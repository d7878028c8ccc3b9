package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.chain.ChainLink;
import io.incidentledger.core.erasure.ChatKeyStore;
import io.incidentledger.core.erasure.SealedFields;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
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
    private final ChatKeyStore keys;

    ChainedEventStorageEngine(Builder builder, TransactionManager transactions, JdbcChain chain, ChatKeyStore keys) {
        super(builder);
        this.transactions = transactions;
        this.chain = chain;
        this.keys = keys;
    }

    /** The chained store over a data source whose transactions {@code transactions} runs (the bench builds one). */
    public static ChainedEventStorageEngine over(Builder builder, TransactionManager transactions, DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new ChainedEventStorageEngine(builder, transactions, new JdbcChain(jdbc), new JdbcChatKeyStore(jdbc));
    }

    /**
     * An incident's rows, with the keys of the chat messages among them read in the same go: opening their texts
     * then asks for no key one by one (a load after a snapshot reads up to 50 events).
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<? extends DomainEventData<?>> rows = super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
        Set<String> messages = new HashSet<>();
        for (DomainEventData<?> row : rows) {
            if (!SealedFields.of(row.getPayload().getType().getName()).isEmpty()
                    && row.getPayload().getData() instanceof byte[] payload) {
                messages.add(SealedFields.messageIdOf(payload));
            }
        }
        if (!messages.isEmpty()) {
            // the incident's own key too: a text from before sealing reads through it once all chat is erased
            messages.add(ChatKeyStore.INCIDENT_WIDE);
            keys.prefetch(aggregateIdentifier, messages);
        }
        return rows;
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
