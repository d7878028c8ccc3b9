package io.incidentledger.projections.status;

/** The view is (re)building after a start or a rebalance: answer "try again shortly", never a stale "all clear". */
public class ViewNotReady extends RuntimeException {

    public ViewNotReady(String message, Throwable cause) {
        super(message, cause);
    }
}
