package io.incidentledger.bench.ingest;

import io.incidentledger.bench.support.PipelineLag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The views' lag read once a second beside a load, on a thread of its own; the series and its maxima. */
final class LagSampler implements AutoCloseable {

    /** Per second: the total lag, -1 where a scrape did not answer. */
    record Samples(List<Long> total, long max, long maxPublisher, long maxStreams, long maxGlobal) {
    }

    private final PipelineLag lag;
    private final List<PipelineLag.Lag> taken = new ArrayList<>();
    private final Thread thread;
    private volatile boolean open = true;

    private LagSampler(PipelineLag lag) {
        this.lag = lag;
        this.thread = new Thread(this::run, "lag-sampler");
        thread.setDaemon(true);
    }

    static LagSampler start(PipelineLag lag) {
        LagSampler sampler = new LagSampler(lag);
        sampler.thread.start();
        return sampler;
    }

    Samples stop() throws InterruptedException {
        close();
        thread.join(15_000);
        synchronized (taken) {
            List<Long> totals = taken.stream().map(l -> l == null ? -1L : l.total()).toList();
            return new Samples(totals, totals.stream().mapToLong(Long::longValue).max().orElse(-1),
                    taken.stream().filter(l -> l != null).mapToLong(PipelineLag.Lag::publisher).max().orElse(-1),
                    taken.stream().filter(l -> l != null).mapToLong(PipelineLag.Lag::streams).max().orElse(-1),
                    taken.stream().filter(l -> l != null).mapToLong(PipelineLag.Lag::global).max().orElse(-1));
        }
    }

    /** Seconds from now until every stage's lag reads zero, or -1 if not within {@code limit}. */
    static double secondsToDrain(PipelineLag lag, Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < limit.toNanos()) {
            try {
                PipelineLag.Lag now = lag.read();
                if (now.known() && now.total() == 0) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (Exception busy) {
                // no answer within the scrape's timeout: not drained yet
            }
            Thread.sleep(200);
        }
        return -1;
    }

    private void run() {
        while (open) {
            long next = System.nanoTime() + 1_000_000_000L;
            PipelineLag.Lag sample;
            try {
                sample = lag.read();
            } catch (Exception unanswered) {
                sample = null;
            }
            synchronized (taken) {
                taken.add(sample);
            }
            try {
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException stopping) {
                return;
            }
        }
    }

    @Override
    public void close() {
        open = false;
        thread.interrupt();
    }
}
