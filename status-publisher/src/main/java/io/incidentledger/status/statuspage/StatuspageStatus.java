package io.incidentledger.status.statuspage;

/** {@code GET /api/v2/status.json}: the page and its one-word health. */
public record StatuspageStatus(StatuspagePage page, PageIndicator status) {
}
