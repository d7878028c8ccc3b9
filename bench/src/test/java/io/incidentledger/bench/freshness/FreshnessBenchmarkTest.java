package io.incidentledger.bench.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.bench.testdata.FakeLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke: markers sent to a fake that shows every posted body at once, so every marker is seen. */
class FreshnessBenchmarkTest {

    @Test
    void seesEveryMarkerOnAFakeThatShowsEverything(@TempDir Path dir) throws Exception {
        try (FakeLedger ledger = new FakeLedger()) {
            FreshnessBenchmark.main(new String[] {"--url", ledger.url(), "--rates", "20", "--seconds", "1", "--channels", "2",
                    "--marker-ms", "200", "--results", dir.toString(), "--table", dir.resolve("benchmarks.md").toString()});
        }
        assertThat(Files.readString(dir.resolve("benchmarks.md")))
                .contains("freshness to /api/search at 20/s", "freshness to summary.json at 20/s", "0 markers not visible");
    }
}
