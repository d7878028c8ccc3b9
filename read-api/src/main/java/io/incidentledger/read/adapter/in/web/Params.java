package io.incidentledger.read.adapter.in.web;

import static io.incidentledger.api.http.ErrorCode.BAD_PARAMETER;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.id.IncidentRef;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/** Parses query and path parameters, turning every bad value into a {@code bad_parameter} that says what fits. */
final class Params {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Params() {
    }

    static IncidentRef ref(String text) {
        return IncidentRef.tryParse(text).orElseThrow(() -> new ApiException(BAD_PARAMETER,
                "'" + text + "' is not an incident reference; expected INC-<number>, for example INC-42"));
    }

    static ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException unknown) {
            throw new ApiException(BAD_PARAMETER, "'" + text + "' is not a time zone; use an IANA name such as "
                    + "Europe/Paris or America/New_York, or UTC");
        }
    }

    static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeException bad) {
            throw new ApiException(BAD_PARAMETER, name + " must be an ISO-8601 instant such as 2026-11-22T09:00:00Z, not '"
                    + text + "'");
        }
        // Instant.parse takes years up to a billion; Elasticsearch's dates, and people's, have four digits
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new ApiException(BAD_PARAMETER, name + " must lie between years 0001 and 9999, not '" + text + "'");
        }
        return instant;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
