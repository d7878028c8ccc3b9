package io.incidentledger.projections.replay;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.projections.flightrecorder.FlightRecord;
import io.incidentledger.projections.flightrecorder.FlightRecorderRebuild;
import io.incidentledger.projections.flightrecorder.FlightRecords;
import java.io.UncheckedIOException;
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
 * Rebuilds every view from the event store on its own thread, so live ingestion never waits, in one pass: the store
 * is read once, in incident order, and each incident's events, decoded once, both fill a fresh flight-recorder
 * generation and are folded into its views, which are repaired where they differ from the live ones before the next
 * incident is read. Memory is one incident's views and the bulks in flight. The generation is switched in at the end,
 * then topped up, and its incidents refolded, with what was appended meanwhile.
 */
@Component
public class LedgerReplay {

    // Elasticsearch's guidance is bulks of a few megabytes, not of a count: chat lines vary widely in size
    static final int BULK_BYTES = 5 * 1024 * 1024;
    static final int IN_FLIGHT = 2;
    /** A bulk that times out on a busy Elasticsearch is sent again (same ids: it replaces itself), this often. */
    static final int BULK_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
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
            var bulks = new Bulks(generation, started);
            int[] repaired = {0};
            HistoryPosition reached = history.readByIncident(events -> {
                events.forEach(bulks::add);
                repaired[0] += refold.repair(events);
            });
            bulks.flush();
            String previous = flightRecorder.switchTo(generation);
            // events appended after the pass began may have gone to the previous generation only
            Set<String> touched = new LinkedHashSet<>();
            var topUp = new Bulks(generation, progress.get());
            history.read(reached, event -> {
                touched.add(event.incidentId().value());
                topUp.add(event);
            });
            topUp.flush();
            for (String incident : touched) {
                repaired[0] += refold.refold(incident);
            }
            var end = progress.get();
            progress.set(new ReplayProgress(ReplayProgress.DONE, end.events(), end.approximateTotal(),
                    rate(end.events(), started.startedAt()), started.startedAt(), Instant.now(), generation,
                    repaired[0], null));
            log.info("Replay done: {} events at {}/s into {} (was {}), {} views repaired", end.events(),
                    Math.round(rate(end.events(), started.startedAt())), generation, previous, repaired[0]);
        } catch (Exception | LinkageError failure) {
            log.error("Replay failed", failure);
            var end = progress.get();
            progress.set(new ReplayProgress(ReplayProgress.FAILED, end.events(), end.approximateTotal(),
                    end.eventsPerSecond(), started.startedAt(), Instant.now(), null, 0, String.valueOf(failure.getMessage())));
        }
    }

    private static double rate(long events, Instant since) {
        long millis = Math.max(1, Duration.between(since, Instant.now()).toMillis());
        return events * 1000.0 / millis;
    }

    /** Writes one bulk, again after a pause that doubles while Elasticsearch cannot be reached, up to {@link #BULK_ATTEMPTS}. */
    static void writeRetrying(FlightRecorderRebuild recorder, String generation, List<FlightRecord> bulk,
                              Duration firstPause) throws InterruptedException {
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                recorder.write(generation, bulk);
                return;
            } catch (UncheckedIOException unreachable) {
                if (attempt >= BULK_ATTEMPTS) {
                    throw unreachable;
                }
                log.warn("Replay bulk of {} records failed ({}), attempt {} of {}; again in {}", bulk.size(),
                        unreachable.getMessage(), attempt, BULK_ATTEMPTS, pause);
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2);
            }
        }
    }

    /**
     * Bulk-writes replayed events to the new generation on a writer thread of its own, in bulks of about
     * {@link #BULK_BYTES} and at most {@link #IN_FLIGHT} ahead, so reading and folding the store go on while
     * Elasticsearch indexes; counts them into the progress.
     */
    private final class Bulks {
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
        private List<FlightRecord> records = new ArrayList<>();
        private long bytes;

        Bulks(String generation, ReplayProgress started) {
            this.generation = generation;
            this.started = started;
        }

        void add(LedgerEvent event) {
            FlightRecords.from(event).ifPresent(record -> {
                records.add(record);
                bytes += FlightRecords.approximateBytes(record);
            });
            if (bytes >= BULK_BYTES) {
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
            records = new ArrayList<>(bulk.size());
            bytes = 0;
            inFlight.acquireUninterruptibly();
            writer.execute(() -> {
                try {
                    writeRetrying(flightRecorder, generation, bulk, FIRST_RETRY);
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
