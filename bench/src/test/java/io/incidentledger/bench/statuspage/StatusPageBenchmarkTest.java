package io.incidentledger.bench.statuspage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke: a static server plays the app too, so the driver runs end to end in about 10 s. */
class StatusPageBenchmarkTest {

    @Test
    void comparesBothPagesWithTheStaticReference(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/api/v2"));
        Files.writeString(dir.resolve("site/index.html"), "<html>ok</html>");
        Files.writeString(site.resolve("summary.json"), "{}");
        try (JdkStaticServer app = JdkStaticServer.start(dir.resolve("site"))) {
            StatusPageBenchmark.main(new String[] {"--url", app.baseUrl(), "--clients", "2", "--seconds", "1", "--catch-up-seconds", "0",
                    "--results", dir.toString(), "--table", dir.resolve("benchmarks.md").toString()});
        }
        assertThat(Files.readString(dir.resolve("benchmarks.md"))).contains("status page / req/s", "status page /api/v2/summary.json req/s", "failed 0/0",
                "views' lag not waited for");
    }
}
