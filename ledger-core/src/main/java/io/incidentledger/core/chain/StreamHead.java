package io.incidentledger.core.chain;

import java.time.Instant;

/**
 * A stream's chain as recorded: its genesis (events before {@code genesisPosition} predate the chain) and its head.
 * {@code name} is what a person reads: an incident's ref, or the stream itself.
 */
public record StreamHead(String stream, String name, boolean aggregate, long genesisPosition, Instant genesisAt,
                         long headPosition, String headHash) {
}
