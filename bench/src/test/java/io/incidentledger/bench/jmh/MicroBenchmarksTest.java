package io.incidentledger.bench.jmh;

import org.junit.jupiter.api.Test;

/** Smoke: every JMH benchmark runs once, in process, through the Runner API (about a second). */
class MicroBenchmarksTest {

    @Test
    void everyBenchmarkRuns() throws Exception {
        MicroBenchmarks.main(new String[] {"--smoke", "true"});
    }
}
