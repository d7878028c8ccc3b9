package io.incidentledger.projections.kafka;

import io.incidentledger.projections.status.ViewNotReady;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * Reads a global store, answering {@link ViewNotReady} rather than an empty (and so wrong) view. A value no reader
 * understands is left out: a global table restores its topic's bytes unread at start, so one foreign record on a view
 * topic must not fail every read of the view (live, such a record is parked by the deserialization handler).
 */
public final class GlobalStores {

    private static final Logger log = LoggerFactory.getLogger(GlobalStores.class);
    // a bound, should an iterator ever fail without moving on
    private static final int MAX_UNREADABLE = 1000;

    private GlobalStores() {
    }

    public static <V> V get(StreamsBuilderFactoryBean streams, String storeName, String key) {
        return get(streams.getKafkaStreams(), storeName, key);
    }

    public static <V> List<V> all(StreamsBuilderFactoryBean streams, String storeName) {
        return all(streams.getKafkaStreams(), storeName);
    }

    static <V> V get(KafkaStreams streams, String storeName, String key) {
        try {
            return GlobalStores.<V>open(streams, storeName).get(key);
        } catch (InvalidStateStoreException rebuilding) {
            throw new ViewNotReady("The view " + storeName + " is being rebuilt", rebuilding);
        } catch (SerializationException unreadable) {
            log.warn("The view {} holds an unreadable value for {}; left out", storeName, key);
            return null;
        }
    }

    static <V> List<V> all(KafkaStreams streams, String storeName) {
        List<V> values = new ArrayList<>();
        try (var iterator = GlobalStores.<V>open(streams, storeName).all()) {
            int unreadable = 0;
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    values.add(iterator.next().value);
                } catch (SerializationException failed) {
                    // the store's iterator has moved past that value already (hasNext peeks by reading it)
                    if (++unreadable > MAX_UNREADABLE) {
                        throw failed;
                    }
                    log.warn("The view {} holds an unreadable value; left out", storeName);
                }
            }
        } catch (InvalidStateStoreException rebuilding) {
            throw new ViewNotReady("The view " + storeName + " is being rebuilt", rebuilding);
        }
        return values;
    }

    private static <V> ReadOnlyKeyValueStore<String, V> open(KafkaStreams kafkaStreams, String storeName) {
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new ViewNotReady("The views are still starting", null);
        }
        return kafkaStreams.store(StoreQueryParameters.fromNameAndType(storeName,
                QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
