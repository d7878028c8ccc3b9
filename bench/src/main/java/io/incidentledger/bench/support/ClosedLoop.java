package io.incidentledger.bench.support;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** N clients, each sending its next request as soon as the last is answered, until the time is up. */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    public static LoadOutcome run(int clients, Duration duration, Call call) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                for (long n = 0; System.nanoTime() < deadline; n++) {
                    long t0 = System.nanoTime();
                    boolean answered = attempt(call, client, n);
                    latencies.record((System.nanoTime() - t0) / 1000);
                    (answered ? ok : failed).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        // a request in flight at the deadline may take its own 10 s timeout, never longer
        pool.awaitTermination(duration.toSeconds() + 15, TimeUnit.SECONDS);
        pool.shutdownNow();
        return new LoadOutcome(ok.get(), failed.get(), (System.nanoTime() - started) / 1e9, latencies.summary());
    }

    static boolean attempt(Call call, int client, long n) {
        try {
            return call.run(client, n);
        } catch (Exception e) {
            return false;
        }
    }
}
