package io.incidentledger.projections.replay;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;

/** Another instance of this deployment holds the replay lease. */
public class ReplayRunningElsewhere extends ApiException {

    ReplayRunningElsewhere() {
        super(ErrorCode.REPLAY_RUNNING_ELSEWHERE, "A replay is already running on another instance of this ledger; "
                + "follow its progress there, or start again once it is done.");
    }
}
