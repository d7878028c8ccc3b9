package io.incidentledger.api.http;

import java.util.Locale;

/**
 * Every code an {@link ApiError} can carry, each with the one HTTP status it is sent with: a cause has one code
 * wherever it happens. The root README's table of codes is checked against this list.
 */
public enum ErrorCode {

    BAD_PARAMETER(400, "A query or path parameter is missing, malformed or out of range; the message names it and what fits."),
    BAD_HEADER(400, "A request header is missing or malformed, such as an If-None-Match that is not a list of entity tags."),
    BAD_REQUEST(400, "The body is not what the endpoint reads: not its JSON or form, a field of the wrong type, "
            + "or an id over its limit."),
    UNAUTHORIZED(401, "The API or admin bearer token, or the Bot Framework token, is missing or wrong."),
    INVALID_SIGNATURE(401, "The Slack signature or the Teams webhook HMAC is missing or wrong, or the request is too old."),
    TENANT_NOT_ALLOWED(401, "The Teams activity comes from a tenant that is not listed."),
    CHAT_NOT_CONFIGURED(401, "The chat platform has no secret configured here, so nothing it sends can be trusted."),
    LINK_INVALID(403, "A subscriber's manage or confirmation link is forged, used up or expired; nothing was changed."),
    ADMIN_DISABLED(403, "The admin API is off until LEDGER_ADMIN_TOKEN is set."),
    NOT_FOUND(404, "There is nothing at this path, or no such incident or parked event."),
    UNSUPPORTED_REQUEST(404, "A Slack request of a kind this app has no handler for."),
    METHOD_NOT_ALLOWED(405, "The path exists, but not for this HTTP method."),
    REPLAY_RUNNING_ELSEWHERE(409, "Another instance of the deployment is replaying; follow it there."),
    RETRY_FAILED(409, "The parked event failed again and stays parked."),
    VERIFY_RUNNING(409, "A verification of the hash chain is already running on this instance; follow it with GET."),
    NO_SIGNING_KEY(409, "No checkpoint signing key is configured (LEDGER_CHAIN_SIGNING_KEY), so nothing can be signed."),
    RATE_LIMITED(429, "Too many subscriptions from this address or this client; retry after Retry-After seconds."),
    PAYLOAD_TOO_LARGE(413, "The body is larger than the endpoint's limit; nothing of it was recorded."),
    HEADERS_TOO_LARGE(431, "The request's headers together are over the limit, 16 KiB by default; nothing was recorded."),
    UNSUPPORTED_MEDIA_TYPE(415, "The endpoint does not take this Content-Type."),
    INTERNAL_ERROR(500, "The ledger could not take a chat delivery, so nothing of it is stored; the platform retries it."),
    BUSY(503, "The chat intake is full; retry after Retry-After seconds, nothing is lost."),
    VIEW_NOT_READY(503, "A view is starting or being rebuilt; retry after Retry-After seconds."),
    SEARCH_UNAVAILABLE(503, "The flight recorder (Elasticsearch) cannot be reached; retry after Retry-After seconds.");

    private final int status;
    private final String meaning;

    ErrorCode(int status, String meaning) {
        this.status = status;
        this.meaning = meaning;
    }

    /** The code as sent: {@code BAD_PARAMETER} is {@code "bad_parameter"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int status() {
        return status;
    }

    public String meaning() {
        return meaning;
    }
}
