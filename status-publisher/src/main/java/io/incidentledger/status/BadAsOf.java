package io.incidentledger.status;

/** A malformed or future {@code ?at=}: the client's mistake, answered with 400. */
class BadAsOf extends RuntimeException {

    BadAsOf(String message) {
        super(message);
    }
}
