package io.incidentledger.projections.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.projections.fold.SameShown;
import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.JsonSerializer;
import org.springframework.stereotype.Component;

/**
 * Repairs the views where one rebuilt from the event store differs from the live one, through each topology's
 * repairs topic: the topology replaces its aggregate state and republishes, so the compacted view topics, every
 * instance's global store and the next event's fold all start from the rebuilt value. A live view further along
 * than the rebuilt one is left alone: live ingestion went on during the replay and is newer.
 */
@Component
class ViewRepublisher {

    private final KafkaTemplate<String, Object> kafka;

    ViewRepublisher(KafkaProperties properties, ObjectMapper mapper) {
        Map<String, Object> config = properties.buildProducerProperties(null);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putAll(ViewRecords.producerConfig());
        this.kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new JsonSerializer<>(mapper).noTypeInfo()));
    }

    /** Answers how many views were republished. */
    int repair(ViewSet rebuilt, ViewSet live) throws Exception {
        int repaired = 0;
        for (var view : rebuilt.incidents().values()) {
            // repairs are keyed by incident id, like the ledger topic whose partitions they share
            repaired += send(CurrentIncidentsTopology.REPAIRS_TOPIC, view.incidentId().value(), view,
                    live.incidents().get(view.ref().toString()), v -> v.lastSequence());
        }
        for (var entry : rebuilt.metrics().entrySet()) {
            repaired += send(IncidentMetricsTopology.REPAIRS_TOPIC, entry.getValue().incidentId().value(), entry.getValue(),
                    live.metrics().get(entry.getKey()), m -> m.lastSequence());
        }
        kafka.flush();
        return repaired;
    }

    private <V extends Record> int send(String topic, String key, V rebuilt, V live, ToLongFunction<V> sequence)
            throws Exception {
        if (sameShown(rebuilt, live) || live != null && sequence.applyAsLong(live) > sequence.applyAsLong(rebuilt)) {
            return 0;
        }
        kafka.send(topic, key, rebuilt).get(30, TimeUnit.SECONDS);
        return 1;
    }

    /**
     * Equal in everything but {@code lastSequence}: a view is published only when what it shows changes, so a live
     * view may rightly carry an older sequence than its rebuilt twin, and that alone is no reason to repair it.
     */
    <V extends Record> boolean sameShown(V rebuilt, V live) {
        return live != null && SameShown.<V>ignoringLastSequence().test(rebuilt, live);
    }
}
