package io.incidentledger.app.chain;

import io.incidentledger.core.chain.ChainVerifier;
import io.incidentledger.core.chain.VerificationReport;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** One verification at a time on this instance, on a thread of its own, its progress readable while it runs. */
@Component
class ChainVerificationRun {

    record State(String state, long links, long approximateTotal, VerificationReport report, String error) {
    }

    private static final Logger log = LoggerFactory.getLogger(ChainVerificationRun.class);

    private final ChainVerifier verifier;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "chain-verify");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<ChainVerifier.Progress> progress = new AtomicReference<>();
    private final AtomicReference<State> finished = new AtomicReference<>(new State("idle", 0, 0, null, null));

    ChainVerificationRun(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    /** False when one is already running. */
    synchronized boolean start() {
        if (progress.get() != null) {
            return false;
        }
        ChainVerifier.Progress running = ChainVerifier.Progress.start();
        progress.set(running);
        executor.execute(() -> {
            try {
                VerificationReport report = verifier.verify(running);
                finished.set(new State("done", running.links().get(), running.total().get(), report, null));
                if (!report.intact()) {
                    log.error("The ledger does not verify: {} {}", report.breaks(), report.checkpointProblems());
                }
            } catch (RuntimeException failed) {
                log.warn("Verifying the chain failed", failed);
                finished.set(new State("failed", running.links().get(), running.total().get(), null,
                        "the event store could not be read: " + failed.getClass().getSimpleName()));
            } finally {
                progress.set(null);
            }
        });
        return true;
    }

    State state() {
        ChainVerifier.Progress running = progress.get();
        return running == null ? finished.get()
                : new State("running", running.links().get(), running.total().get(), null, null);
    }
}
