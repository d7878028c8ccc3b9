package io.incidentledger.localservers;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The post-processor throws before logging is set up; without this analyzer Spring Boot prints the sentence
 * buried in a stack trace. With it the user reads the sentence and what to do, nothing else.
 */
final class ServerUrlsMissingFailureAnalyzer extends AbstractFailureAnalyzer<ServerUrlsMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ServerUrlsMissingException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + String.join(", ", cause.variables()) + ", or set " + LocalServerSettings.ENABLED
                        + "=true (the local profile does) to let the app start its own servers.", cause);
    }
}
