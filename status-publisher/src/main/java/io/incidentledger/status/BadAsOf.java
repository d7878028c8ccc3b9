package io.incidentledger.status;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;

/** A malformed or future {@code ?at=}: the client's mistake, answered with 400. */
class BadAsOf extends ApiException {

    BadAsOf(String message) {
        super(ErrorCode.BAD_PARAMETER, message);
    }
}
