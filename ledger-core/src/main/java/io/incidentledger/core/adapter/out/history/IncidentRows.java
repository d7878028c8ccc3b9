package io.incidentledger.core.adapter.out.history;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.core.adapter.out.LedgerEventMessages;
import io.incidentledger.core.erasure.ChatKeyStore;
import io.incidentledger.core.erasure.SealedFields;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Decodes one incident's rows with the keys of its chat messages read in one query: the key store reads ahead only
 * inside a transaction, so each incident is decoded in a short one of its own (its keys are forgotten at its end, so
 * memory stays one incident's). Without it, every chat event asked the store for its key, and for the incident's.
 */
final class IncidentRows {

    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final ChatKeyStore keys;
    private final TransactionOperations transactions;

    IncidentRows(Serializer serializer, EventUpcaster upcasters, ChatKeyStore keys, TransactionOperations transactions) {
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.keys = keys;
        this.transactions = transactions;
    }

    List<LedgerEvent> decode(List<DomainEventData<?>> rows) {
        Set<String> messages = new HashSet<>();
        for (DomainEventData<?> row : rows) {
            if (!SealedFields.of(row.getPayload().getType().getName()).isEmpty()
                    && row.getPayload().getData() instanceof byte[] payload) {
                messages.add(SealedFields.messageIdOf(payload));
            }
        }
        if (messages.isEmpty()) {
            return decodeNow(rows);
        }
        // the incident's own key too: a text from before sealing reads through it once all chat is erased
        messages.add(ChatKeyStore.INCIDENT_WIDE);
        return transactions.execute(status -> {
            keys.prefetch(rows.get(0).getAggregateIdentifier(), messages);
            return decodeNow(rows);
        });
    }

    private List<LedgerEvent> decodeNow(List<DomainEventData<?>> rows) {
        return EventStreamUtils.asStream(EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), serializer,
                        upcasters))
                .filter(LedgerEventMessages::isIncidentEvent).map(LedgerEventMessages::toLedgerEvent).toList();
    }
}
