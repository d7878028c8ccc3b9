package io.incidentledger.status.http;

/** A conditional request header that cannot be read: the client's mistake, answered with 400. */
public class MalformedConditional extends RuntimeException {

    MalformedConditional(String message) {
        super(message);
    }
}
