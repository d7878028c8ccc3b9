package io.incidentledger.projections.kafka;

import io.incidentledger.projections.status.ViewNotReady;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/** Reads a global store, answering {@link ViewNotReady} rather than an empty (and so wrong) view. */
public final class GlobalStores {

    private GlobalStores() {
    }

    public static <V> V get(StreamsBuilderFactoryBean streams, String storeName, String key) {
        try {
            return GlobalStores.<V>open(streams, storeName).get(key);
        } catch (InvalidStateStoreException rebuilding) {
            throw new ViewNotReady("The view " + storeName + " is being rebuilt", rebuilding);
        }
    }

    public static <V> List<V> all(StreamsBuilderFactoryBean streams, String storeName) {
        List<V> values = new ArrayList<>();
        try (var iterator = GlobalStores.<V>open(streams, storeName).all()) {
            iterator.forEachRemaining(entry -> values.add(entry.value));
        } catch (InvalidStateStoreException rebuilding) {
            throw new ViewNotReady("The view " + storeName + " is being rebuilt", rebuilding);
        }
        return values;
    }

    private static <V> ReadOnlyKeyValueStore<String, V> open(StreamsBuilderFactoryBean streams, String storeName) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new ViewNotReady("The views are still starting", null);
        }
        return kafkaStreams.store(StoreQueryParameters.fromNameAndType(storeName,
                QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
