package io.incidentledger.api.id;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Statuspage's component statuses, with their wire names. */
public enum ComponentStatus {
    OPERATIONAL,
    DEGRADED_PERFORMANCE,
    PARTIAL_OUTAGE,
    MAJOR_OUTAGE,
    UNDER_MAINTENANCE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ComponentStatus> parse(String text) {
        for (ComponentStatus status : values()) {
            if (status.wireName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
