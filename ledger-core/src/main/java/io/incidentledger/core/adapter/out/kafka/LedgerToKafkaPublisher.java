package io.incidentledger.core.adapter.out.kafka;

import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.LedgerEvent;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Forwards the event store to Kafka from a tracking processor whose token lives in PostgreSQL: a crash
 * re-sends from the last token, never skips. Consumers are idempotent by event id.
 */
@Component
@ProcessingGroup(LedgerToKafkaPublisher.PROCESSING_GROUP)
class LedgerToKafkaPublisher {

    static final String PROCESSING_GROUP = "ledger-to-kafka";

    private final KafkaTemplate<String, LedgerEvent> kafka;

    LedgerToKafkaPublisher(KafkaTemplate<String, LedgerEvent> ledgerEventKafkaTemplate) {
        this.kafka = ledgerEventKafkaTemplate;
    }

    @EventHandler
    void on(IncidentEvent event, EventMessage<?> message) throws Exception {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        var ledgerEvent = new LedgerEvent(message.getIdentifier(), event.incidentId(), sequence,
                message.getTimestamp(), event);
        // waiting here makes a broker failure stop the processor, which then retries from its token
        kafka.send(LedgerTopics.INCIDENT_EVENTS, event.incidentId().value(), ledgerEvent).get(30, TimeUnit.SECONDS);
    }
}
