package io.incidentledger.projections;

import io.incidentledger.projections.kafka.ViewRecords;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ledger.projections.*}: where Kafka Streams keeps its local state, its application id, and how large one
 * view may grow (by default the view topics' limit less room for the record's key and framing), how often Streams
 * commits (the exactly-once transaction a view waits for to be visible) and the RocksDB stores' shared memory bound.
 */
@ConfigurationProperties("ledger.projections")
public record ProjectionsProperties(
        @DefaultValue("incident-ledger-projections") String applicationId,
        String stateDir,
        @DefaultValue("33488896") int maxViewBytes,
        @DefaultValue("100ms") Duration commitInterval,
        @DefaultValue("64MB") DataSize rocksdbMemory) {

    public ProjectionsProperties {
        if (maxViewBytes < 1024 || maxViewBytes > ViewRecords.MAX_BYTES) {
            throw new IllegalArgumentException("ledger.projections.max-view-bytes must be between 1024 and "
                    + ViewRecords.MAX_BYTES + ", the view topics' limit");
        }
        if (commitInterval.isNegative() || commitInterval.isZero() || commitInterval.toMillis() > 60_000) {
            throw new IllegalArgumentException("ledger.projections.commit-interval must be between 1ms and 60s");
        }
        if (rocksdbMemory.toMegabytes() < 8) {
            throw new IllegalArgumentException("ledger.projections.rocksdb-memory must be at least 8MB");
        }
    }
}
