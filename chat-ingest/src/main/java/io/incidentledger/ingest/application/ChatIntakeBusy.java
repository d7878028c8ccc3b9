package io.incidentledger.ingest.application;

import java.time.Duration;

/** The chat intake holds as many commands as it may: the platform is asked to retry, so nothing is lost. */
public class ChatIntakeBusy extends RuntimeException {

    private final Duration retryAfter;

    public ChatIntakeBusy(int capacity, Duration retryAfter) {
        super("The chat intake already holds " + capacity + " commands waiting for the ledger; retry in "
                + retryAfter.toSeconds() + " s.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
