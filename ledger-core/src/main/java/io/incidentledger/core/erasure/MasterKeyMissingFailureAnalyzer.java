package io.incidentledger.core.erasure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The one sentence, and what to do, instead of a stack trace. */
final class MasterKeyMissingFailureAnalyzer extends AbstractFailureAnalyzer<MasterKeyMissing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MasterKeyMissing cause) {
        return new FailureAnalysis(cause.getMessage(), "Set LEDGER_ERASURE_MASTER_KEY, and keep it safe: without it no "
                + "chat text in the ledger can be read.", cause);
    }
}
