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
    void seesEveryMarkerThroughOneSharedPollPerUrlOnceThePipelineIsCaughtUp(@TempDir Path dir) throws Exception {
        try (FakeLedger ledger = new FakeLedger()) {
            FreshnessBenchmark.main(new String[] {"--url", ledger.url(), "--rates", "20", "--seconds", "2", "--channels", "2",
                    "--marker-ms", "200", "--warmup", "1", "--results", dir.toString(), "--table", dir.resolve("benchmarks.md").toString()});
            var searches = ledger.read().stream().filter(uri -> uri.startsWith("/api/search")).toList();
            assertThat(searches).isNotEmpty().allSatisfy(uri -> assertThat(uri).matches("/api/search\\?sort=time&size=100&q=fr[0-9a-f]{12}"));
            // one poller every 50 ms while a marker waits, never one poll per marker: at most about 2 s / 50 ms
            assertThat(searches.size()).isLessThanOrEqualTo(60);
        }
        assertThat(Files.readString(dir.resolve("benchmarks.md")))
                .contains("0 markers not visible", "started with lag 0, Streams RUNNING")
                // a marker every 200 ms for 2 s, alternately for each URL: however slow the machine, each URL saw some
                .containsPattern("freshness to /api/search at 20/s \\|.*\\| [1-9][0-9]* markers;")
                .containsPattern("freshness to summary.json at 20/s \\|.*\\| [1-9][0-9]* markers;");
    }
}
