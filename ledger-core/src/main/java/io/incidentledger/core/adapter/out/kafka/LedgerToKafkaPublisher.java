package io.incidentledger.core.adapter.out.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.core.adapter.out.LedgerEventMessages;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

/**
 * Forwards the event store to Kafka from a tracking processor whose token lives in PostgreSQL: a crash
 * re-sends from the last token, never skips. Consumers are idempotent by event id.
 * <p>
 * The processor hands over events in batches ({@link LedgerKafkaConfiguration#PUBLISH_BATCH}); each batch is one
 * Kafka transaction, committed before the token moves. If any send of it fails, the transaction aborts (readers,
 * all {@code read_committed}, never see any of it) and the whole batch is sent again from the old token: no event
 * can become visible ahead of an earlier one of its incident.
 */
@Component
@ProcessingGroup(LedgerToKafkaPublisher.PROCESSING_GROUP)
class LedgerToKafkaPublisher {

    static final String PROCESSING_GROUP = "ledger-to-kafka";
    private static final String TRANSACTION = LedgerToKafkaPublisher.class.getName() + ".transaction";
    private static final Logger log = LoggerFactory.getLogger(LedgerToKafkaPublisher.class);

    private final ProducerFactory<String, byte[]> producers;
    private final ObjectMapper json;

    LedgerToKafkaPublisher(ProducerFactory<String, byte[]> ledgerPublisherProducerFactory, ObjectMapper json) {
        this.producers = ledgerPublisherProducerFactory;
        this.json = json;
    }

    @EventHandler
    void on(IncidentEvent event, EventMessage<?> message, UnitOfWork<?> unitOfWork) throws JsonProcessingException {
        var ledgerEvent = LedgerEventMessages.toLedgerEvent(message);
        byte[] record = json.writeValueAsBytes(ledgerEvent);
        refuseOversized(ledgerEvent, record.length);
        transactionOf(unitOfWork).send(new ProducerRecord<>(LedgerTopics.INCIDENT_EVENTS, event.incidentId().value(), record));
    }

    private Producer<String, byte[]> transactionOf(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> batch = unitOfWork.root();
        return batch.getOrComputeResource(TRANSACTION, key -> {
            Producer<String, byte[]> producer = producers.createProducer();
            producer.beginTransaction();
            // waits for every send of the batch; throws if one failed, which rolls the token back too
            batch.onPrepareCommit(committing -> producer.commitTransaction());
            batch.onRollback(rolledBack -> abort(producer));
            batch.onCleanup(done -> producer.close());
            return producer;
        });
    }

    /**
     * Kafka would refuse the record inside the batch's transaction, and the batch would fail at every retry. Refused
     * here instead, before the transaction sees it, the event alone is parked. The ledger's limits keep every new
     * event below {@link LedgerRecordLimits#MAX_RECORD_BYTES}; the views tolerate the gap (they fold by sequence).
     */
    private static void refuseOversized(LedgerEvent ledgerEvent, int size) {
        if (size > LedgerRecordLimits.MAX_RECORD_BYTES) {
            throw new RecordTooLargeException("Event " + ledgerEvent.eventId() + " is " + size + " bytes as JSON; "
                    + "Kafka records of the ledger are at most " + LedgerRecordLimits.MAX_RECORD_BYTES);
        }
    }

    private static void abort(Producer<String, byte[]> producer) {
        try {
            producer.abortTransaction();
        } catch (RuntimeException alreadyFailed) {
            // a fenced or broken producer cannot abort; closing it discards the transaction, and the batch is retried
            log.debug("Could not abort a ledger-to-kafka transaction: {}", alreadyFailed.toString());
        }
    }
}
