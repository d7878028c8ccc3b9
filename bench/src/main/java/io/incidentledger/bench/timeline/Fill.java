package io.incidentledger.bench.timeline;

import io.incidentledger.bench.support.SlackClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Channel messages into one incident until exactly {@code messages} are acknowledged, from a few closed-loop
 * clients: one aggregate takes its commands one at a time, so an open loop would only pile up timeouts.
 */
record Fill(long acked, long failed, long seconds) {

    static Fill run(SlackClient slack, String channel, String run, int messages, int clients, Duration limit)
            throws InterruptedException {
        // a slot per message still to be acked: a client takes one per send, and gives it back if the send failed
        AtomicLong remaining = new AtomicLong(messages);
        AtomicLong sequence = new AtomicLong();
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < deadline && remaining.getAndDecrement() > 0) {
                    long n = sequence.incrementAndGet();
                    boolean ok;
                    try {
                        ok = slack.message(channel, "U0BENCH", run + " message " + n + " checkout latency").statusCode() == 200;
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (ok) {
                        acked.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        remaining.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(limit.toSeconds() + 15, TimeUnit.SECONDS);
        return new Fill(acked.get(), failed.get(), (System.nanoTime() - started) / 1_000_000_000);
    }
}
