package io.incidentledger.api.maintenance;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;
import java.util.List;

/** Announces a window; its handler allocates and answers the new {@link MaintenanceRef}. A null recurrence is once. */
public record ScheduleMaintenance(
        String title,
        Instant startsAt,
        Instant endsAt,
        List<String> components,
        List<String> groups,
        Recurrence recurrence,
        ChatOrigin by,
        String deliveryId,
        Instant at) implements MaintenanceCommand {

    public ScheduleMaintenance {
        components = components == null ? List.of() : List.copyOf(components);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
