package io.incidentledger.app;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import java.io.IOException;
import org.springframework.util.unit.DataSize;

/** A request body past its endpoint's limit. An IOException, so whoever reads the body stops where it is. */
final class BodyTooLarge extends IOException {

    BodyTooLarge(DataSize limit) {
        super("This request's body is larger than the " + AppProperties.RequestLimits.readable(limit)
                + " this endpoint accepts.");
    }

    ApiException refusal() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, getMessage());
    }
}
