package io.incidentledger.core.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Recomputes every stream's chain from the event store, then checks the latest checkpoint against it. */
public final class ChainVerifier {

    /** How far a verification has come; read by another thread while it runs. */
    public record Progress(AtomicLong links, AtomicLong total) {

        public static Progress start() {
            return new Progress(new AtomicLong(), new AtomicLong());
        }
    }

    private final ChainStore store;
    private final Checkpoints checkpoints;

    public ChainVerifier(ChainStore store, Checkpoints checkpoints) {
        this.store = store;
        this.checkpoints = checkpoints;
    }

    public VerificationReport verify(Progress progress) {
        progress.total().set(store.linkCount());
        List<StreamHead> heads = store.heads();
        List<ChainBreak> breaks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (StreamHead head : heads) {
            StreamVerification.verify(store, head, progress.links()).ifPresent(breaks::add);
            if (head.aggregate() && head.genesisPosition() > 0) {
                notes.add(head.name() + " is chained from sequence " + head.genesisPosition() + " (genesis recorded "
                        + head.genesisAt() + "); its " + head.genesisPosition() + " earlier events predate the chain");
            } else if (!head.aggregate() && head.genesisGlobalIndex() >= 0) {
                notes.add(head.name() + " is chained from its genesis (recorded " + head.genesisAt()
                        + "); its events stored before it predate the chain");
            } else if (!head.aggregate() && head.genesisPosition() == 0 && head.headPosition() < 0) {
                notes.add(head.name() + " has no chained events yet (genesis recorded " + head.genesisAt() + ")");
            }
        }
        for (String stream : store.aggregatesWithoutChain()) {
            breaks.add(new ChainBreak(stream, stream, 0, "a recorded chain", "none",
                    "the stream has events that were written around the chain"));
        }
        return VerificationReport.of(heads.size(), progress.links().get(), breaks, checkpoints.checkLatest(store), notes);
    }
}
