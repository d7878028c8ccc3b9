package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.erasure.ChatKeyStore;
import io.incidentledger.core.erasure.SealedFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;

/**
 * Reads the keys of every chat message in a tracking processor's batch as the batch's transaction begins, one query
 * per incident, so that opening their texts asks the store for nothing more. The publisher to Kafka and the
 * notifications' planner decode every chat message, and each asked for its key on its own before. The message ids
 * are read from the stored bytes, so nothing is decoded twice. The keys are read in the batch's own transaction and
 * forgotten when it ends: an erasure committed before the batch began reads as erased, as it did one by one.
 */
final class BatchChatKeys implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ChatKeyStore keys;
    private final Serializer events;

    BatchChatKeys(ChatKeyStore keys, Serializer events) {
        this.keys = keys;
        this.events = events;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
            prefetch(batch.getMessages());
        }
        return chain.proceed();
    }

    void prefetch(List<? extends Message<?>> batch) {
        Map<String, Set<String>> messagesByIncident = new HashMap<>();
        for (Message<?> message : batch) {
            if (message instanceof DomainEventMessage<?> event && !SealedFields.of(event.getPayloadType().getName()).isEmpty()) {
                // the stored form as it was read (the store's own serializer): no decoding, no sealing
                byte[] stored = event.serializePayload(events, byte[].class).getData();
                // the incident's own key too: a text from before sealing reads through it once all chat is erased
                messagesByIncident.computeIfAbsent(event.getAggregateIdentifier(),
                        incident -> new HashSet<>(Set.of(ChatKeyStore.INCIDENT_WIDE))).add(SealedFields.messageIdOf(stored));
            }
        }
        messagesByIncident.forEach(keys::prefetch);
    }
}
