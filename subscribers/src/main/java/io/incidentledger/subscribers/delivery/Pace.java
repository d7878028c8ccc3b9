package io.incidentledger.subscribers.delivery;

import java.util.concurrent.TimeUnit;

/** At most so many sends a second across all sender threads: a mass send is spread out, never a burst. */
final class Pace {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Pace(int perSecond) {
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
    }

    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long at = Math.max(now, next);
            next = at + intervalNanos;
            wait = at - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
