package io.incidentledger.core.chain;

/** A chain row with the stored event it points at; {@code event} is null when that event is gone from the store. */
public record StoredLink(long position, String eventId, String previousHash, String hash, ChainLink event) {
}
