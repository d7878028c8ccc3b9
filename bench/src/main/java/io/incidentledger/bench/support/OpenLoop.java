package io.incidentledger.bench.support;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests started on a fixed schedule whatever the answers do, so a slow server shows as latency, not as a
 * politely lower rate (no coordinated omission). Latency counts from the scheduled start.
 */
public final class OpenLoop {

    private OpenLoop() {
    }

    public static LoadOutcome run(int perSecond, Duration duration, int maxInFlight, Call call) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(maxInFlight);
        long total = perSecond * duration.toSeconds();
        long interval = 1_000_000_000L / perSecond;
        long started = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long scheduled = started + n * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long sequence = n;
            pool.execute(() -> {
                boolean answered = ClosedLoop.attempt(call, (int) (sequence % maxInFlight), sequence);
                latencies.record((System.nanoTime() - scheduled) / 1000);
                (answered ? ok : failed).incrementAndGet();
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
        pool.shutdownNow();
        return new LoadOutcome(ok.get(), failed.get(), (System.nanoTime() - started) / 1e9, latencies.summary());
    }
}
