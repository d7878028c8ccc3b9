package io.incidentledger.bench.support;

import java.util.Arrays;

/** Recorded durations in microseconds; percentiles by nearest rank over every sample (no sampling, no buckets). */
public final class Latencies {

    private long[] samples = new long[1024];
    private int size;

    public synchronized void record(long micros) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = micros;
    }

    public synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int overSecond = 0;
        for (int i = size - 1; i >= 0 && sorted[i] > 1_000_000; i--) {
            overSecond++;
        }
        return new Summary(size, at(sorted, 0.50), at(sorted, 0.99), size == 0 ? 0 : sorted[size - 1] / 1000.0, overSecond);
    }

    private static double at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1000.0;
    }

    /** Milliseconds; {@code overSecond} counts the samples above 1 s. */
    public record Summary(int count, double p50, double p99, double max, int overSecond) {
    }
}
