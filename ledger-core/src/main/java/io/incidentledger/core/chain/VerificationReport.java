package io.incidentledger.core.chain;

import java.util.List;

/**
 * What {@code ledger verify} found: every stream's first break (none when intact), the checkpoints' result, and
 * notes on what the chain does not cover (events older than a stream's recorded genesis).
 */
public record VerificationReport(boolean intact, int streams, long links, List<ChainBreak> breaks,
                                 List<String> checkpointProblems, List<String> notes) {

    public static VerificationReport of(int streams, long links, List<ChainBreak> breaks,
                                        List<String> checkpointProblems, List<String> notes) {
        return new VerificationReport(breaks.isEmpty() && checkpointProblems.isEmpty(), streams, links,
                List.copyOf(breaks), List.copyOf(checkpointProblems), List.copyOf(notes));
    }
}
