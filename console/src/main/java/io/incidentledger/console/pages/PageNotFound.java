package io.incidentledger.console.pages;

/** A console page for something the ledger does not hold; the message says what. */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String message) {
        super(message);
    }
}
