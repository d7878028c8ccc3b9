package io.incidentledger.core.adapter.out.kafka;

import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.LedgerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Forwards the event store to Kafka from a tracking processor whose token lives in PostgreSQL: a crash
 * re-sends from the last token, never skips. Consumers are idempotent by event id.
 * <p>
 * The processor hands over events in batches ({@link LedgerKafkaConfiguration#PUBLISH_BATCH}); each is sent
 * without waiting, and the batch's token is committed only once Kafka has acknowledged every send of it. A
 * refused send fails the batch, which is sent again from the old token. The idempotent producer keeps one
 * incident's events in order.
 */
@Component
@ProcessingGroup(LedgerToKafkaPublisher.PROCESSING_GROUP)
class LedgerToKafkaPublisher {

    static final String PROCESSING_GROUP = "ledger-to-kafka";
    private static final String SENDS = LedgerToKafkaPublisher.class.getName() + ".sends";

    private final KafkaTemplate<String, LedgerEvent> kafka;

    LedgerToKafkaPublisher(KafkaTemplate<String, LedgerEvent> ledgerEventKafkaTemplate) {
        this.kafka = ledgerEventKafkaTemplate;
    }

    @EventHandler
    void on(IncidentEvent event, EventMessage<?> message, UnitOfWork<?> unitOfWork) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        var ledgerEvent = new LedgerEvent(message.getIdentifier(), event.incidentId(), sequence,
                message.getTimestamp(), event);
        sendsOf(unitOfWork).add(kafka.send(LedgerTopics.INCIDENT_EVENTS, event.incidentId().value(), ledgerEvent));
    }

    private static List<CompletableFuture<?>> sendsOf(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> batch = unitOfWork.root();
        return batch.getOrComputeResource(SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            // before the token moves: waiting here makes a broker failure stop the processor until Kafka is back
            batch.onPrepareCommit(committing -> CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .orTimeout(30, TimeUnit.SECONDS).join());
            return sends;
        });
    }
}
