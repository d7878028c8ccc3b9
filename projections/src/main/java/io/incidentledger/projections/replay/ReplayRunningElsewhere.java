package io.incidentledger.projections.replay;

/** Another instance of this deployment holds the replay lease. */
public class ReplayRunningElsewhere extends RuntimeException {

    ReplayRunningElsewhere() {
        super("A replay is already running on another instance of this ledger; follow its progress there, or start "
                + "again once it is done.");
    }
}
