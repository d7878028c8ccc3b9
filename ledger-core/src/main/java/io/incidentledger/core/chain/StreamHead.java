package io.incidentledger.core.chain;

import java.time.Instant;

/**
 * A stream's chain as recorded: its genesis (events before {@code genesisPosition} predate the chain) and its head.
 * {@code name} is what a person reads: an incident's ref, or the stream itself. A stream outside aggregates counts
 * its places from its genesis, so {@code genesisGlobalIndex} (-1 when it had none) tells whether older events exist.
 */
public record StreamHead(String stream, String name, boolean aggregate, long genesisPosition, long genesisGlobalIndex,
                         Instant genesisAt, long headPosition, String headHash) {
}
