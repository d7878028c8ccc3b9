package io.incidentledger.api.maintenance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A window's lifecycle, with Statuspage's wire names; {@code cancelled} is ours (Statuspage deletes instead). */
public enum MaintenanceStatus {
    SCHEDULED,
    IN_PROGRESS,
    VERIFYING,
    COMPLETED,
    CANCELLED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** In progress or verifying: its components are under maintenance. */
    public boolean active() {
        return this == IN_PROGRESS || this == VERIFYING;
    }

    public boolean finished() {
        return this == COMPLETED || this == CANCELLED;
    }
}
