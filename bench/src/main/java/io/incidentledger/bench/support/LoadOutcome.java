package io.incidentledger.bench.support;

/** What a load achieved: requests answered as expected per second of wall time, failures, latency. */
public record LoadOutcome(long ok, long failed, double seconds, Latencies.Summary latency) {

    public double okPerSecond() {
        return seconds == 0 ? 0 : ok / seconds;
    }
}
