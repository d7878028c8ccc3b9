package io.incidentledger.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.projections.kafka.BoundedRocksDB;
import io.incidentledger.projections.kafka.StreamsGuarantees;
import java.time.Duration;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ProjectionsPropertiesTest {

    @Test
    void theStreamsApplicationStaysExactlyOnceCommitsAtTheIntervalAndBoundsRocksDbByTheBudget() {
        var properties = properties(Duration.ofMillis(20), DataSize.ofMegabytes(64));

        var config = StreamsGuarantees.config(properties.commitInterval(), properties.rocksdbMemory().toBytes());

        assertThat(config).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 20L)
                .containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDB.class)
                .containsEntry(BoundedRocksDB.MEMORY_BYTES_CONFIG, 64L * 1024 * 1024);
    }

    @Test
    void aCommitIntervalOfZeroOrOverAMinuteIsRefusedAtStart() {
        assertThatThrownBy(() -> properties(Duration.ZERO, DataSize.ofMegabytes(64)))
                .hasMessageContaining("ledger.projections.commit-interval");
        assertThatThrownBy(() -> properties(Duration.ofMinutes(2), DataSize.ofMegabytes(64)))
                .hasMessageContaining("ledger.projections.commit-interval");
    }

    @Test
    void aRocksDbBudgetUnderEightMegabytesIsRefusedAtStart() {
        assertThatThrownBy(() -> properties(Duration.ofMillis(20), DataSize.ofMegabytes(4)))
                .hasMessageContaining("ledger.projections.rocksdb-memory");
    }

    private static ProjectionsProperties properties(Duration commitInterval, DataSize rocksdbMemory) {
        return new ProjectionsProperties("views", null, 33_488_896, commitInterval, rocksdbMemory);
    }
}
