package io.incidentledger.search.adapter.in.web;

/** A request this API cannot answer as asked; the message tells the caller what to send instead. */
class BadRequest extends RuntimeException {

    private final String code;

    BadRequest(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
