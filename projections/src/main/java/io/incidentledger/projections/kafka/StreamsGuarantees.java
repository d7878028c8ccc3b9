package io.incidentledger.projections.kafka;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How the views' Streams application commits and keeps state. Exactly-once stays: a view becomes visible when the
 * transaction that wrote it commits, so the commit interval is what ledger events wait for, and is kept short.
 */
public final class StreamsGuarantees {

    private StreamsGuarantees() {
    }

    public static Map<String, Object> config(Duration commitInterval, long rocksDbMemoryBytes) {
        return Map.of(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis(),
                StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDB.class,
                BoundedRocksDB.MEMORY_BYTES_CONFIG, rocksDbMemoryBytes);
    }
}
