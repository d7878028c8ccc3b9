package io.incidentledger.status;

import java.util.function.Supplier;

/**
 * One read of a source, shared by every caller that arrived before it started. A caller never gets a result read
 * before it arrived, so a change shows on the very next request without any TTL; yet however many requests arrive
 * while a read runs, one further read answers them all instead of one read each.
 */
final class SharedRead<T> {

    private final Supplier<T> source;
    private long arrivals;
    private long answered;
    private boolean reading;
    private T latest;

    SharedRead(Supplier<T> source) {
        this.source = source;
    }

    T get() {
        long covers;
        synchronized (this) {
            long arrival = ++arrivals;
            while (reading && answered < arrival) {
                awaitRead();
            }
            if (answered >= arrival) {
                return latest;
            }
            reading = true;
            covers = arrivals;
        }
        T value = null;
        boolean read = false;
        try {
            value = source.get();
            read = true;
            return value;
        } finally {
            synchronized (this) {
                reading = false;
                if (read) {
                    latest = value;
                    answered = covers;
                }
                // after a failure nothing is answered: each waiter reads for itself (and sees the failure too)
                notifyAll();
            }
        }
    }

    /** How many callers have arrived so far; lets a test know a caller is waiting. */
    synchronized long arrivals() {
        return arrivals;
    }

    private void awaitRead() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the status view", e);
        }
    }
}
