package io.incidentledger.projections.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/** Real RocksDB stores opened by Streams with the views' settings: one cache of the configured size, shared. */
class BoundedRocksDBTest {

    private static final long BUDGET = 24L * 1024 * 1024;

    @Test
    void everyStoreSharesOneBlockCacheOfTheConfiguredBudgetThatAlsoHoldsTheMemtables() {
        var builder = new StreamsBuilder();
        builder.table("folds", Consumed.with(Serdes.String(), Serdes.String()), store("fold-store"));
        builder.globalTable("views", Consumed.with(Serdes.String(), Serdes.String()), store("global-store"));
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "bounded-rocksdb");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.putAll(StreamsGuarantees.config(Duration.ofMillis(20), BUDGET));

        try (var driver = new TopologyTestDriver(builder.build(), config)) {
            var serializer = new StringSerializer();
            driver.createInputTopic("folds", serializer, serializer).pipeInput("k", "v".repeat(10_000));
            driver.createInputTopic("views", serializer, serializer).pipeInput("k", "v".repeat(10_000));
            driver.getKeyValueStore("fold-store").flush();

            assertThat(metric(driver, "fold-store", "block-cache-capacity")).isEqualTo(BUDGET);
            assertThat(metric(driver, "global-store", "block-cache-capacity")).isEqualTo(BUDGET);
            // one cache: both stores report the same usage, and the memtables' reservation is part of it
            long usage = metric(driver, "fold-store", "block-cache-usage");
            assertThat(usage).isPositive().isEqualTo(metric(driver, "global-store", "block-cache-usage"));
        }
    }

    private static Materialized<String, String, KeyValueStore<Bytes, byte[]>> store(String name) {
        return Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(name)
                .withKeySerde(Serdes.String()).withValueSerde(Serdes.String());
    }

    private static long metric(TopologyTestDriver driver, String store, String name) {
        return driver.metrics().values().stream()
                .filter(metric -> metric.metricName().name().equals(name))
                .filter(metric -> store.equals(metric.metricName().tags().get("rocksdb-state-id")))
                .map(metric -> ((Number) metric.metricValue()).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " for " + store));
    }
}
