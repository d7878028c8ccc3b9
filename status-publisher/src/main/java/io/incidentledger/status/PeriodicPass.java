package io.incidentledger.status;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/** A pass every interval on a thread of its own, started and stopped with the application context. */
public abstract class PeriodicPass implements SmartLifecycle {

    private final String threadName;
    private final Duration interval;
    private ScheduledExecutorService executor;

    protected PeriodicPass(String threadName, Duration interval) {
        this.threadName = threadName;
        this.interval = interval;
    }

    /** One pass; it catches its own failures, since a thrown one would end the schedule. */
    protected abstract void runOnce();

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, threadName));
        executor.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
