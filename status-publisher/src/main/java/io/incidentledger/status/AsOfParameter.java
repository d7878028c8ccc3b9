package io.incidentledger.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads {@code ?at=}: an ISO-8601 instant ({@code 2026-11-22T09:30:00Z}, or with an offset), not in the future. */
final class AsOfParameter {

    static final Instant EARLIEST = Instant.EPOCH;

    private AsOfParameter() {
    }

    static Instant parse(String text, Instant now) {
        Instant at;
        try {
            at = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadAsOf("'" + text + "' is not an ISO-8601 instant; use for example ?at=2026-11-22T09:30:00Z.");
        }
        if (at.isBefore(EARLIEST)) {
            throw new BadAsOf("?at=" + text + " is before 1970, when no ledger had recorded anything yet.");
        }
        if (at.isAfter(now)) {
            throw new BadAsOf("?at=" + text + " is in the future; the page can show any past moment, not the next one.");
        }
        return at;
    }
}
