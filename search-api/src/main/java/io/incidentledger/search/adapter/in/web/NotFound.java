package io.incidentledger.search.adapter.in.web;

class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }
}
