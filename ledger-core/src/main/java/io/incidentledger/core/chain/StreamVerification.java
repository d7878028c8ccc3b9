package io.incidentledger.core.chain;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Walks one stream's links from its genesis and answers its first break, if any. */
public final class StreamVerification {

    private StreamVerification() {
    }

    public static Optional<ChainBreak> verify(ChainStore store, StreamHead head, AtomicLong progress) {
        var walk = new Object() {
            long position = head.genesisPosition();
            String previous = ChainLink.GENESIS;
            ChainBreak found;
        };
        store.forEachLink(head, link -> {
            progress.incrementAndGet();
            if (walk.found != null) {
                return;
            }
            walk.found = check(head, link, walk.position, walk.previous);
            walk.position = link.position() + 1;
            walk.previous = link.hash();
        });
        if (walk.found != null) {
            return Optional.of(walk.found);
        }
        if (walk.position - 1 != head.headPosition() || !walk.previous.equals(head.headHash())) {
            return Optional.of(broken(head, head.headPosition(), head.headHash(), walk.previous,
                    "the chain ends at sequence " + (walk.position - 1) + " but its recorded head is " + head.headPosition()));
        }
        return store.unchainedSince(head).stream().findFirst().map(position -> broken(head, position, "a link",
                "no link", "a stored event is not in the chain"));
    }

    private static ChainBreak check(StreamHead head, StoredLink link, long position, String previous) {
        if (link.position() != position) {
            return broken(head, position, "a link", "the next link at " + link.position(), "a link is missing");
        }
        if (link.event() == null) {
            return broken(head, position, link.hash(), "no event", "the event " + link.eventId() + " is gone");
        }
        if (!link.previousHash().equals(previous)) {
            return broken(head, position, previous, link.previousHash(), "the link does not follow the one before");
        }
        String recomputed = link.event().hash(previous);
        if (!recomputed.equals(link.hash())) {
            return broken(head, position, link.hash(), recomputed, "the stored event differs from the one chained");
        }
        return null;
    }

    private static ChainBreak broken(StreamHead head, long sequence, String expected, String found, String reason) {
        return new ChainBreak(head.stream(), head.name(), sequence, expected, found, reason);
    }
}
