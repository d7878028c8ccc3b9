package io.incidentledger.api.id;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Incident roles: the lead (incident commander), the communication coordinator and the scribe. */
public enum IncidentRole {
    LEAD,
    COMMS,
    SCRIBE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IncidentRole> parse(String text) {
        for (IncidentRole role : values()) {
            if (role.wireName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
