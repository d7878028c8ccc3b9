package io.incidentledger.api.http;

/**
 * The one body every 4xx (and every 5xx this app answers itself) carries: a stable code for programs, from
 * {@link ErrorCode}, and a sentence for people.
 */
public record ApiError(String error, String message) {
}
