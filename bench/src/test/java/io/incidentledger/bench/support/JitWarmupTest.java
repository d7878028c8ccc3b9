package io.incidentledger.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The warm-up goes on while the app's compile time grows faster than 5 % of a core, and stops once it does not. */
class JitWarmupTest {

    private static final Duration STEP = Duration.ofMillis(200);

    @Test
    void warmsUpUntilTheCompilerIsDone() throws Exception {
        AtomicLong compiledMillis = new AtomicLong();
        AtomicInteger steps = new AtomicInteger();
        HttpServer app = app(compiledMillis);
        try {
            var outcome = new JitWarmup(HttpClient.newHttpClient(), "http://127.0.0.1:" + app.getAddress().getPort())
                    // three steps compiling a whole step's time (one core), then nothing
                    .run(step -> {
                        Thread.sleep(step.toMillis());
                        if (steps.incrementAndGet() <= 3) {
                            compiledMillis.addAndGet(step.toMillis());
                        }
                    }, STEP, Duration.ofSeconds(60));
            assertThat(steps).hasValue(4);
            assertThat(outcome.lastShare()).isPresent();
            assertThat(outcome.lastShare().getAsDouble()).isLessThan(JitWarmup.SETTLED_SHARE);
            assertThat(outcome.note()).startsWith("JIT settled after");
        } finally {
            app.stop(0);
        }
    }

    @Test
    void stopsAtItsLimitAndSaysTheJitHadNotSettled() throws Exception {
        AtomicLong compiledMillis = new AtomicLong();
        HttpServer app = app(compiledMillis);
        try {
            var outcome = new JitWarmup(HttpClient.newHttpClient(), "http://127.0.0.1:" + app.getAddress().getPort())
                    .run(step -> {
                        Thread.sleep(step.toMillis());
                        compiledMillis.addAndGet(step.toMillis());
                    }, Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(outcome.extraSeconds()).isEqualTo(2);
            assertThat(outcome.note()).startsWith("JIT NOT settled after 2 s more");
        } finally {
            app.stop(0);
        }
    }

    @Test
    void anAppWithoutTheSeriesAddsNoWarmup() throws Exception {
        AtomicInteger steps = new AtomicInteger();
        HttpServer app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/", exchange -> {
            byte[] body = "# no compilation series\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        app.start();
        try {
            var outcome = new JitWarmup(HttpClient.newHttpClient(), "http://127.0.0.1:" + app.getAddress().getPort())
                    .run(step -> steps.incrementAndGet(), STEP, Duration.ofSeconds(60));
            assertThat(steps).hasValue(0);
            assertThat(outcome.note()).isEqualTo("JIT not visible (no jvm_compilation_time_ms_total)");
        } finally {
            app.stop(0);
        }
    }

    @Test
    void readsTheSeriesAsMicrometerWritesIt() {
        assertThat(JitWarmup.parse("# TYPE jvm_compilation_time_ms_total counter\n"
                + "jvm_compilation_time_ms_total{compiler=\"HotSpot 64-Bit Tiered Compilers\"} 60124.0\n"))
                .hasValue(60124.0);
    }

    private static HttpServer app(AtomicLong compiledMillis) throws Exception {
        HttpServer app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/actuator/prometheus", exchange -> {
            // as the app filters: by the counter's family name, so a scrape asking for the sample's name gets nothing
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            boolean asked = query.equals("null") || java.util.Arrays.asList(query.replace("includedNames=", "").split(","))
                    .contains("jvm_compilation_time_ms");
            byte[] body = (asked ? "jvm_compilation_time_ms_total{compiler=\"HotSpot 64-Bit Tiered Compilers\"} "
                    + compiledMillis.get() + ".0\n" : "").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        app.start();
        return app;
    }
}
