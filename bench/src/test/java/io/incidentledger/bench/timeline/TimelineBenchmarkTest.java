package io.incidentledger.bench.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.bench.testdata.FakeLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke: a small incident on a fake that shows every message at once; every GET is of the declared incident. */
class TimelineBenchmarkTest {

    @Test
    void readsTheDeclaredIncidentsTimelineSteadilyAndAfterEveryAppend(@TempDir Path dir) throws Exception {
        try (FakeLedger ledger = new FakeLedger()) {
            TimelineBenchmark.main(new String[] {"--url", ledger.url(), "--messages", "50", "--fill-clients", "3",
                    "--requests", "20", "--appends", "5",
                    "--results", dir.toString(), "--table", dir.resolve("benchmarks.md").toString()});
            // the fill's last message, 20 steady reads and each append's read: each shows at once here
            // exactly the fill asked for, however many clients shared it
            assertThat(ledger.posted().stream().filter(body -> body.contains("checkout latency"))).hasSize(50);
            assertThat(ledger.read()).hasSize(26).allSatisfy(uri -> assertThat(uri).isEqualTo("/api/incidents/INC-1/timeline"));
        }
        assertThat(Files.readString(dir.resolve("benchmarks.md")))
                .contains("timeline of a 50-message incident p99", "20 GETs", "timeline GET after each append p99",
                        "5 GETs over 5 appends", "50 messages acked in ");
    }
}
