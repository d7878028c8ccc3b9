package io.incidentledger.bench.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke: the whole driver for a second per step, on two real PostgreSQL servers started one after the other. */
class DurableCommitBenchmarkIT {

    @Test
    void writesOneFigurePerClientCountBesideItsFsyncOffReference(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("data");

        DurableCommitBenchmark.main(new String[] {"--data-dir", dataDir.toString(), "--seconds", "1", "--clients", "1,2",
                "--warmup-seconds", "0",
                "--results", dir.resolve("results").toString(), "--table", dir.resolve("benchmarks.md").toString()});

        String table = Files.readString(dir.resolve("benchmarks.md"));
        assertThat(table).contains("| durable commits/s, 1 client |", "| durable commits/s, 2 clients |",
                "fsync off, async commit");
        assertThat(table).doesNotContain("| 0.00 commit/s");
        assertThat(Files.list(dir.resolve("results"))).hasSize(1);
        assertThat(dataDir).doesNotExist();
    }
}
