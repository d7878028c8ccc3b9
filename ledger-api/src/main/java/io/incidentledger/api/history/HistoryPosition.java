package io.incidentledger.api.history;

/** How far a read of the ledger's history got; opaque outside the event-store adapter. */
public record HistoryPosition(Object token) {

    public static final HistoryPosition START = new HistoryPosition(null);
}
