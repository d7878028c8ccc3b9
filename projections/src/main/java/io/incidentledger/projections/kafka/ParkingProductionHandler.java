package io.incidentledger.projections.kafka;

import io.incidentledger.api.deadletter.DeadLetters;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A view Kafka refuses for good (too large, say) is parked and skipped: one incident's view is missing an update,
 * and every other view goes on. The folds refuse to grow a view past its limit first, so this is the backstop.
 * A transient send failure is not seen here: the producer retries it itself.
 */
public class ParkingProductionHandler implements ProductionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ParkingProductionHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = StreamsDeadLetters.from(configs);
    }

    @Override
    public ProductionExceptionHandlerResponse handle(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                                     Exception exception) {
        if (deadLetters == null || deadLetters.isTransient(exception)) {
            return ProductionExceptionHandlerResponse.FAIL;
        }
        String source = context.topic() + "-" + context.partition() + "@" + context.offset();
        log.error("Streams could not write to {} while processing {}; parked", record.topic(), source, exception);
        StreamsDeadLetters.park(deadLetters, StreamsDeadLetters.PROCESSOR, record.topic() + " from " + source,
                record.key(), null, exception);
        return ProductionExceptionHandlerResponse.CONTINUE;
    }
}
