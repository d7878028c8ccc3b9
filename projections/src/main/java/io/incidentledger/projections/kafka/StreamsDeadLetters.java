package io.incidentledger.projections.kafka;

import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.FailedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * How the Streams application reaches the dead-letter port: Kafka instantiates its handlers by class name, so the
 * port travels in the Streams config under {@link #CONFIG}, and every handler and processor finds it there.
 * Without it (a topology test) a failure stops the application as it used to.
 */
public final class StreamsDeadLetters {

    public static final String CONFIG = "ledger.dead-letters";
    public static final String MAX_VIEW_BYTES_CONFIG = "ledger.projections.max-view-bytes";
    /** The processor name of a failure outside any fold: a record that cannot be read or produced. */
    public static final String PROCESSOR = "kafka-streams";

    private StreamsDeadLetters() {
    }

    public static DeadLetters from(Map<String, ?> configs) {
        return configs.get(CONFIG) instanceof DeadLetters deadLetters ? deadLetters : null;
    }

    public static int maxViewBytes(Map<String, ?> configs) {
        return configs.get(MAX_VIEW_BYTES_CONFIG) instanceof Number limit ? limit.intValue() : ViewRecords.MAX_BYTES;
    }

    /** Parks one record that can never succeed; a Streams record is not retried by anyone else, so once is enough. */
    static void park(DeadLetters deadLetters, String processor, String eventId, byte[] key, String payload,
                     Exception error) {
        String incidentId = key == null ? null : new String(key, StandardCharsets.UTF_8);
        deadLetters.park(new FailedEvent(processor, eventId, null, incidentId, payload), error, 1, Instant.now());
    }
}
