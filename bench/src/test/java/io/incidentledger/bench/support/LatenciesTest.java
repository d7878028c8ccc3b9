package io.incidentledger.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 2000; i++) {
            latencies.record(i * 1000L);
        }
        Latencies.Summary summary = latencies.summary();
        assertThat(summary.count()).isEqualTo(2000);
        assertThat(summary.p50()).isEqualTo(1000.0);
        assertThat(summary.p99()).isEqualTo(1980.0);
        assertThat(summary.max()).isEqualTo(2000.0);
    }

    @Test
    void openLoopKeepsItsScheduleAndCountsFailures() throws Exception {
        LoadOutcome outcome = OpenLoop.run(200, java.time.Duration.ofSeconds(1), 4, (client, n) -> n % 10 != 0);
        assertThat(outcome.ok() + outcome.failed()).isEqualTo(200);
        assertThat(outcome.failed()).isEqualTo(20);
    }
}
