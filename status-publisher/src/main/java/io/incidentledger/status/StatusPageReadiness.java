package io.incidentledger.status;

/**
 * Whether the live page has finished its first render: before it, every public document answers 503, so the app's
 * readiness waits for it too. Asking also starts that render, as a request would.
 */
public interface StatusPageReadiness {

    boolean rendered();
}
