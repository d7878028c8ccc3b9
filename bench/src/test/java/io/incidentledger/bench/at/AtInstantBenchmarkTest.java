package io.incidentledger.bench.at;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.bench.testdata.FakeLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke: against a fake, every request asks for an instant of its own within the span, on both documents. */
class AtInstantBenchmarkTest {

    @Test
    void everyRequestAsksForADistinctInstantInsideTheLedgersSpan(@TempDir Path dir) throws Exception {
        try (FakeLedger ledger = new FakeLedger()) {
            AtInstantBenchmark.main(new String[] {"--url", ledger.url(), "--requests", "40", "--warmup", "5",
                    "--from", "2026-11-01T00:00:00Z", "--to", "2026-11-01T00:10:00Z",
                    "--results", dir.toString(), "--table", dir.resolve("benchmarks.md").toString()});
            var instants = ledger.read().stream().map(uri -> uri.substring(uri.indexOf("?at=") + 4)).toList();
            assertThat(ledger.read()).hasSize(90).allSatisfy(uri -> assertThat(uri).matches("/(api/v2/summary\\.json)?\\?at=.+"));
            assertThat(new HashSet<>(instants)).hasSize(90);
            assertThat(instants).allSatisfy(at -> assertThat(at).startsWith("2026-11-01T00:0"));
        }
        assertThat(Files.readString(dir.resolve("benchmarks.md")))
                .contains("?at= / p99 uncached", "?at= /api/v2/summary.json p99 uncached", "40 distinct instants", "0 not 200 in 30 s");
    }

    @Test
    void aSpanTooShortForDistinctInstantsIsRefused(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtInstantBenchmark.main(new String[] {"--url", "http://127.0.0.1:9",
                        "--requests", "100", "--from", "2026-11-01T00:00:00Z", "--to", "2026-11-01T00:01:00Z",
                        "--results", dir.toString(), "--table", dir.resolve("benchmarks.md").toString()}))
                .hasMessageContaining("too few distinct instants");
    }
}
