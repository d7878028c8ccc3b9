package io.incidentledger.projections.kafka;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How the views' Streams application commits and keeps state. Exactly-once stays: a view becomes visible when the
 * transaction that wrote it commits, so ledger events wait for the commit interval. It must stay above what a commit
 * takes under load: Streams halves the records it processes per task between commits after each one, so an interval
 * shorter than the commit starves the fold (projections/README.md, "Processing guarantee").
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
