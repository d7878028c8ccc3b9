package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;
import java.util.List;

/** A window announced: its components (groups expand to theirs) are under maintenance from start to end. */
public record MaintenanceScheduled(
        MaintenanceRef ref,
        String title,
        Instant startsAt,
        Instant endsAt,
        List<String> components,
        List<String> groups,
        Recurrence recurrence,
        ChatOrigin by,
        Instant at) implements MaintenanceEvent {

    public MaintenanceScheduled {
        components = components == null ? List.of() : List.copyOf(components);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
