package io.incidentledger.api.id;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Statuspage's incident statuses, in lifecycle order, plus our final {@code closed}. */
public enum IncidentStatus {
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED,
    CLOSED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    public static java.util.Optional<IncidentStatus> parse(String text) {
        for (IncidentStatus status : values()) {
            if (status.wireName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
