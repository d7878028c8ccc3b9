package io.incidentledger.projections.replay;

import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.history.HistoryPosition;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.projections.flightrecorder.FlightRecord;
import io.incidentledger.projections.flightrecorder.FlightRecorderRebuild;
import io.incidentledger.projections.flightrecorder.FlightRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every view from the event store on its own thread, so live ingestion never waits: a fresh
 * flight-recorder generation switched in at the end (then topped up with what was appended meanwhile), and the
 * Streams views folded afresh and repaired wherever they differ from the live ones.
 */
@Component
public class LedgerReplay {

    static final int BATCH = 1_000;
    static final int IN_FLIGHT = 2;
    private static final Logger log = LoggerFactory.getLogger(LedgerReplay.class);

    private final LedgerHistory history;
    private final FlightRecorderRebuild flightRecorder;
    private final IncidentRefold refold;
    private final ReplayLease lease;
    private final AtomicReference<ReplayProgress> progress = new AtomicReference<>(ReplayProgress.idle());

    LedgerReplay(LedgerHistory history, FlightRecorderRebuild flightRecorder, IncidentRefold refold,
                 ReplayLease lease) {
        this.history = history;
        this.flightRecorder = flightRecorder;
        this.refold = refold;
        this.lease = lease;
    }

    /**
     * Starts a replay unless one is running; answers its progress either way.
     *
     * @throws ReplayRunningElsewhere when another instance of the deployment is replaying
     */
    public synchronized ReplayProgress start() {
        if (progress.get().running()) {
            return progress.get();
        }
        ReplayLease.Held held = lease.tryAcquire().orElseThrow(ReplayRunningElsewhere::new);
        var started = new ReplayProgress(ReplayProgress.RUNNING, 0, history.approximateSize(), 0, Instant.now(), null,
                null, 0, null);
        progress.set(started);
        var worker = new Thread(() -> {
            try (held) {
                run(started);
            }
        }, "ledger-replay");
        worker.setDaemon(true);
        worker.start();
        return started;
    }

    public ReplayProgress progress() {
        return progress.get();
    }

    private void run(ReplayProgress started) {
        try {
            String generation = flightRecorder.begin();
            Set<String> incidents = new LinkedHashSet<>();
            var batch = new Batch(generation, started);
            HistoryPosition reached = history.read(HistoryPosition.START, event -> {
                incidents.add(event.incidentId().value());
                batch.add(event);
            });
            batch.flush();
            String previous = flightRecorder.switchTo(generation);
            // events appended after the read ended may have gone to the previous generation only
            var topUp = new Batch(generation, progress.get());
            history.read(reached, event -> {
                incidents.add(event.incidentId().value());
                topUp.add(event);
            });
            topUp.flush();
            int repaired = repairViews(incidents);
            var end = progress.get();
            progress.set(new ReplayProgress(ReplayProgress.DONE, end.events(), end.approximateTotal(),
                    rate(end.events(), started.startedAt()), started.startedAt(), Instant.now(), generation, repaired, null));
            log.info("Replay done: {} events at {}/s into {} (was {}), {} views repaired", end.events(),
                    Math.round(rate(end.events(), started.startedAt())), generation, previous, repaired);
        } catch (Exception | LinkageError failure) {
            log.error("Replay failed", failure);
            var end = progress.get();
            progress.set(new ReplayProgress(ReplayProgress.FAILED, end.events(), end.approximateTotal(),
                    end.eventsPerSecond(), started.startedAt(), Instant.now(), null, 0, String.valueOf(failure.getMessage())));
        }
    }

    /**
     * Folds each incident's own events afresh and repairs its views where they differ from the live ones. One
     * incident at a time: holding every rebuilt view at once grew with the ledger and ran a 1 GB heap out of
     * memory at about 600k events.
     */
    private int repairViews(Set<String> incidents) throws Exception {
        int repaired = 0;
        for (String incident : incidents) {
            repaired += refold.refold(incident);
        }
        return repaired;
    }

    private static double rate(long events, Instant since) {
        long millis = Math.max(1, Duration.between(since, Instant.now()).toMillis());
        return events * 1000.0 / millis;
    }

    /**
     * Bulk-writes replayed events to the new generation on a writer thread of its own, at most {@link #IN_FLIGHT}
     * bulks ahead, so reading and folding the store go on while Elasticsearch indexes; counts them into the progress.
     */
    private final class Batch {
        private final String generation;
        private final ReplayProgress started;
        // no core thread: if the replay fails half-way, the idle writer ends by itself
        private final ExecutorService writer = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "ledger-replay-writer");
                    thread.setDaemon(true);
                    return thread;
                });
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
        private final AtomicReference<Throwable> failed = new AtomicReference<>();
        private List<FlightRecord> records = new ArrayList<>(BATCH);

        Batch(String generation, ReplayProgress started) {
            this.generation = generation;
            this.started = started;
        }

        void add(LedgerEvent event) {
            FlightRecords.from(event).ifPresent(records::add);
            if (records.size() >= BATCH) {
                send();
            }
        }

        /** Sends what is left and waits for every bulk; the first failure ends the replay. */
        void flush() {
            send();
            inFlight.acquireUninterruptibly(IN_FLIGHT);
            inFlight.release(IN_FLIGHT);
            writer.shutdown();
            rethrow();
        }

        private void send() {
            rethrow();
            if (records.isEmpty()) {
                return;
            }
            List<FlightRecord> bulk = records;
            records = new ArrayList<>(BATCH);
            inFlight.acquireUninterruptibly();
            writer.execute(() -> {
                try {
                    flightRecorder.write(generation, bulk);
                    counted(bulk.size());
                } catch (Throwable failure) {
                    // errors too: a bulk lost without a trace would switch in an incomplete generation
                    failed.compareAndSet(null, failure);
                } finally {
                    inFlight.release();
                }
            });
        }

        // only while running: a bulk finishing after the replay failed must not make it look running for ever
        private void counted(int written) {
            progress.updateAndGet(now -> {
                if (!now.running()) {
                    return now;
                }
                long events = now.events() + written;
                return new ReplayProgress(ReplayProgress.RUNNING, events, Math.max(events, now.approximateTotal()),
                        rate(events, started.startedAt()), started.startedAt(), null, generation, 0, null);
            });
        }

        private void rethrow() {
            Throwable failure = failed.get();
            if (failure != null) {
                writer.shutdownNow();
                throw failure instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("Writing the flight recorder failed: " + failure, failure);
            }
        }
    }
}
