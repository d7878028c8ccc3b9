package io.incidentledger.api;

/** Kafka topic names: part of the ledger's published contract. */
public final class LedgerTopics {

    /** Every ledger event, keyed by incident id, in the event store's order per incident. */
    public static final String INCIDENT_EVENTS = "incident-events";

    private LedgerTopics() {
    }
}
