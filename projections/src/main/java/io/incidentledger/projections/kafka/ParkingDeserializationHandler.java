package io.incidentledger.projections.kafka;

import io.incidentledger.api.deadletter.DeadLetters;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        StreamsDeadLetters.park(deadLetters, StreamsDeadLetters.PROCESSOR, id, record.key(), payload(record.value()),
                exception);
        return DeserializationHandlerResponse.CONTINUE;
    }

    /**
     * The bytes as text when they are UTF-8 text, else as {@code base64:…}: a text column takes neither a NUL nor
     * invalid UTF-8, and a park that fails would stop the thread that reads the record.
     */
    static String payload(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
            if (text.indexOf('\u0000') < 0) {
                return text.length() <= MAX_PAYLOAD_CHARS ? text : null;
            }
        } catch (CharacterCodingException notText) {
            // kept as base64 below
        }
        return value.length <= MAX_PAYLOAD_CHARS * 3 / 4 ? "base64:" + Base64.getEncoder().encodeToString(value) : null;
    }
}
