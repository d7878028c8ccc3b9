package io.incidentledger.status.http;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;

/** A conditional request header that cannot be read: the client's mistake, answered with 400. */
public class MalformedConditional extends ApiException {

    MalformedConditional(String message) {
        super(ErrorCode.BAD_HEADER, message);
    }
}
