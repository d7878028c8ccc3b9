package io.incidentledger.projections.status;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import java.time.Duration;

/** The view is (re)building after a start or a rebalance: answer "try again shortly", never a stale "all clear". */
public class ViewNotReady extends ApiException {

    // a rebuild after a rebalance takes a few seconds: sooner would only find it still rebuilding
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    public ViewNotReady(String message, Throwable cause) {
        super(ErrorCode.VIEW_NOT_READY, message, RETRY_AFTER, cause);
    }

    /** Health shows the bare reason; a caller is also told what to do about it. */
    @Override
    public String sentence() {
        return getMessage() + "; try again in a few seconds.";
    }
}
