package io.incidentledger.status.notify;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the dispatcher on its own thread, so slow or dead routes never wait on a request or the ledger. */
class NotificationSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

    private final NotificationDispatcher dispatcher;
    private final Duration interval;
    private ScheduledExecutorService executor;

    NotificationSchedule(NotificationDispatcher dispatcher, Duration interval) {
        this.dispatcher = dispatcher;
        this.interval = interval;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "status-notifications"));
        executor.scheduleWithFixedDelay(this::dispatchOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void dispatchOnce() {
        try {
            dispatcher.dispatchDue();
        } catch (Exception e) {
            // e.g. PostgreSQL briefly away: the rows stay owed and the next pass tries again
            log.warn("Notification dispatch pass failed: {}", e.toString());
        }
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
