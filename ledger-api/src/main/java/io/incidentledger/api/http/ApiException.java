package io.incidentledger.api.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A request refused with an {@link ErrorCode}. Its message is sent to the caller as it is, so it is a sentence written
 * for them and never a cause's text; the cause stays in the logs. The app renders every one of these the same way.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Duration retryAfter;

    public ApiException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public ApiException(ErrorCode code, String message, Throwable cause) {
        this(code, message, null, cause);
    }

    /** For a 503: how long the caller should wait before trying again, sent as {@code Retry-After}. */
    public ApiException(ErrorCode code, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** What the caller reads: the message, unless a refusal has more to tell a caller than its logs need. */
    public String sentence() {
        return getMessage();
    }

    public final ApiError body() {
        return new ApiError(code.code(), sentence());
    }
}
