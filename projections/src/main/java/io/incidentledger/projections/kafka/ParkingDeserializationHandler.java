package io.incidentledger.projections.kafka;

import io.incidentledger.api.deadletter.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record no reader understands is parked with its bytes, and the application reads on. */
public class ParkingDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ParkingDeserializationHandler.class);
    private static final int MAX_PAYLOAD_CHARS = 1_000_000;

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = StreamsDeadLetters.from(configs);
    }

    @Override
    public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                                 Exception exception) {
        if (deadLetters == null) {
            return DeserializationHandlerResponse.FAIL;
        }
        String id = record.topic() + "-" + record.partition() + "@" + record.offset();
        log.error("Streams cannot read {}; parked", id, exception);
        String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        StreamsDeadLetters.park(deadLetters, StreamsDeadLetters.PROCESSOR, id, record.key(),
                payload == null || payload.length() <= MAX_PAYLOAD_CHARS ? payload : null, exception);
        return DeserializationHandlerResponse.CONTINUE;
    }
}
