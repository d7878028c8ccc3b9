package io.incidentledger.core.chain;

import java.util.List;
import java.util.function.Consumer;

/** The event store and its chain, read for verification and export. */
public interface ChainStore {

    List<StreamHead> heads();

    /** A stream's links from its genesis in position order, each with its stored event. */
    void forEachLink(StreamHead head, Consumer<StoredLink> link);

    /** Positions of stored events of a stream, since its genesis, that have no link. */
    List<Long> unchainedSince(StreamHead head);

    /** Aggregate streams with events but no recorded chain: written around the chain. */
    List<String> aggregatesWithoutChain();

    long linkCount();

    /** The recorded hash of a stream's link at a position, if that link exists. */
    java.util.Optional<String> linkHash(String stream, long position);
}
