package io.incidentledger.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.bench.ack.NoOpSlackServer;
import io.incidentledger.bench.testdata.FakeLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;

/** Smoke: the whole driver against a fake ledger whose views show no lag, with an in-process no-op reference. */
class IngestBenchmarkTest {

    @Test
    void measuresSustainedAcksWithTheLagBesideThemAndTheNoOpRate(@TempDir Path dir) throws Exception {
        try (FakeLedger ledger = new FakeLedger();
             var noOp = NoOpSlackServer.start("--server.port=0", "--server.address=127.0.0.1")) {
            int port = ((WebServerApplicationContext) noOp).getWebServer().getPort();
            IngestBenchmark.main(new String[] {"--url", ledger.url(), "--noop-url", "http://127.0.0.1:" + port,
                    "--clients", "4", "--seconds", "2", "--reference-seconds", "1", "--channels", "2",
                    "--results", dir.toString(), "--table", dir.resolve("benchmarks.md").toString()});
            // the sampler read the lag about once a second beside the load, asking only for the series it reads
            assertThat(ledger.read().stream().filter(uri -> uri.startsWith("/actuator/prometheus?includedNames="))
                    .count()).isGreaterThanOrEqualTo(3);
        }
        assertThat(Files.readString(dir.resolve("benchmarks.md")))
                .contains("ingest msgs/s sustained vs no-op endpoint", "views kept up: lag max 0", "0 failed; views");
    }
}
