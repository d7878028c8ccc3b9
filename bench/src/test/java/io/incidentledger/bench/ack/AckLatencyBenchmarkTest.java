package io.incidentledger.bench.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;

/** Smoke: the whole driver, for a second, against an in-process no-op server standing in for the app. */
class AckLatencyBenchmarkTest {

    @Test
    void writesTheLatencyAndTheOverOneSecondCountAtEveryRateAgainstALocalServer(@TempDir Path dir) throws Exception {
        try (var app = NoOpSlackServer.start("--server.port=0", "--server.address=127.0.0.1")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            AckLatencyBenchmark.main(new String[] {"--url", "http://127.0.0.1:" + port, "--rates", "50,100", "--channels", "2", "--seconds", "1",
                    "--warmup", "0", "--results", dir.toString(), "--table", dir.resolve("benchmarks.md").toString()});
        }
        String table = Files.readString(dir.resolve("benchmarks.md"));
        assertThat(table).contains("ack latency p99 at 50/s vs no-op p99", "acks over 1 s at 50/s", "ack latency p99 at 100/s vs no-op p99",
                "50 ok / 0 failed", "100 ok / 0 failed");
        assertThat(Files.list(dir).filter(f -> f.getFileName().toString().startsWith("ack-latency-"))).hasSize(1);
    }
}
