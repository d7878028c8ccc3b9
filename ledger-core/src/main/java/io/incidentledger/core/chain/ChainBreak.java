package io.incidentledger.core.chain;

/** The first link of a stream that does not hold: where, what the chain recorded, and what the store has now. */
public record ChainBreak(String stream, String name, long sequence, String expected, String found, String reason) {

    public String sentence() {
        return name + " at sequence " + sequence + ": " + reason + " (expected " + expected + ", found " + found + ")";
    }
}
