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
        assertThat(summary.overSecond()).isEqualTo(1000);
    }

    @Test
    void openLoopCountsLatencyFromTheScheduledSendSoAStalledServerShowsAsLatency() throws Exception {
        java.util.concurrent.CountDownLatch stalled = new java.util.concurrent.CountDownLatch(1);
        // one worker: while the first request stalls for 600 ms, the later ones queue behind it, as on a slow server
        LoadOutcome outcome = OpenLoop.run(100, java.time.Duration.ofSeconds(1), 1, (client, n) -> {
            if (n == 0) {
                stalled.await(600, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            return true;
        });
        assertThat(outcome.ok()).isEqualTo(100);
        // the 59 requests scheduled during the stall waited for it: measured from their scheduled send, half the samples exceed 50 ms
        assertThat(outcome.latency().p50()).isGreaterThan(50.0);
        assertThat(outcome.latency().max()).isGreaterThanOrEqualTo(590.0);
    }

    @Test
    void openLoopKeepsItsScheduleAndCountsFailures() throws Exception {
        LoadOutcome outcome = OpenLoop.run(200, java.time.Duration.ofSeconds(1), 4, (client, n) -> n % 10 != 0);
        assertThat(outcome.ok() + outcome.failed()).isEqualTo(200);
        assertThat(outcome.failed()).isEqualTo(20);
    }
}
