package io.incidentledger.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.bench.testdata.FakeLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke: the query mix against a fake playing both the app and Elasticsearch. */
class SearchBenchmarkTest {

    @Test
    void measuresTheMixAgainstAFake(@TempDir Path dir) throws Exception {
        try (FakeLedger fake = new FakeLedger()) {
            SearchBenchmark.main(new String[] {"--url", fake.url(), "--es-url", fake.url(), "--rounds", "5", "--warmup-rounds", "1",
                    "--results", dir.toString(), "--table", dir.resolve("benchmarks.md").toString()});
        }
        assertThat(Files.readString(dir.resolve("benchmarks.md"))).contains("search latency p99 vs ES took p99", "20 queries");
    }
}
