package io.incidentledger.bench.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the app's JIT has settled, from its {@code jvm_compilation_time_ms_total}. On 2 cores a just-started app
 * compiles for minutes under load (its compiler threads still took 1.1 cores of its 1.4 seven minutes after the
 * start, at 300 messages/s), so a fixed 60 s warm-up measures the compiler's share of the cores, not the pipeline's.
 */
public final class JitWarmup {

    /** Settled when compiling took less than this share of one core over the last step. */
    static final double SETTLED_SHARE = 0.05;
    // the filter matches a counter by its family's name, without the _total of its sample
    static final String SCRAPE = "/actuator/prometheus?includedNames=jvm_compilation_time_ms";
    private static final Pattern COMPILATION = Pattern.compile(
            "^jvm_compilation_time_ms_total\\{[^}]*} ([0-9.eE+-]+)$", Pattern.MULTILINE);

    /** How the warm-up ended: the seconds added to the fixed warm-up, and the compiler's share in the last step. */
    public record Outcome(long extraSeconds, OptionalDouble lastShare) {

        public String note() {
            if (lastShare.isEmpty()) {
                return "JIT not visible (no jvm_compilation_time_ms_total)";
            }
            String share = Math.round(lastShare.getAsDouble() * 1000) / 10.0 + " % of a core";
            return lastShare.getAsDouble() < SETTLED_SHARE
                    ? "JIT settled after " + extraSeconds + " s more (compiling " + share + ")"
                    : "JIT NOT settled after " + extraSeconds + " s more (compiling " + share + ")";
        }
    }

    /** One step of warm-up load; the step is what {@link #run} waits between its two readings. */
    @FunctionalInterface
    public interface Step {
        void run(Duration length) throws Exception;
    }

    private final HttpClient http;
    private final String url;

    public JitWarmup(HttpClient http, String url) {
        this.http = http;
        this.url = url;
    }

    /** Steps of warm-up load until the compiler's share of a core over a step is under 5 %, at most {@code limit}. */
    public Outcome run(Step step, Duration length, Duration limit) throws Exception {
        OptionalDouble before = compiledMillis();
        if (before.isEmpty() || limit.isZero()) {
            return new Outcome(0, OptionalDouble.empty());
        }
        long extraMillis = 0;
        double share;
        do {
            long started = System.nanoTime();
            step.run(length);
            OptionalDouble after = compiledMillis();
            if (after.isEmpty()) {
                return new Outcome(extraMillis / 1000, OptionalDouble.empty());
            }
            double elapsedMillis = (System.nanoTime() - started) / 1e6;
            share = (after.getAsDouble() - before.getAsDouble()) / elapsedMillis;
            before = after;
            extraMillis += length.toMillis();
        } while (share >= SETTLED_SHARE && extraMillis < limit.toMillis());
        return new Outcome(extraMillis / 1000, OptionalDouble.of(share));
    }

    static OptionalDouble parse(String text) {
        Matcher matcher = COMPILATION.matcher(text);
        return matcher.find() ? OptionalDouble.of(Double.parseDouble(matcher.group(1))) : OptionalDouble.empty();
    }

    private OptionalDouble compiledMillis() throws Exception {
        try {
            return parse(http.send(HttpRequest.newBuilder(URI.create(url + SCRAPE)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (java.io.IOException busy) {
            // a scrape that times out under load is no reading: the warm-up goes on without one
            return OptionalDouble.empty();
        }
    }
}
