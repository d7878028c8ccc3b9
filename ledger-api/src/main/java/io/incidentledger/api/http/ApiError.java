package io.incidentledger.api.http;

/** The one body every 4xx answer carries: a stable code for programs and a sentence for people. */
public record ApiError(String error, String message) {
}
