package io.incidentledger.projections.maintenance;

import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.api.maintenance.MaintenanceStatus;
import io.incidentledger.api.maintenance.Recurrence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One maintenance window as the page shows it, folded by {@link MaintenanceProjector} from its events. For a
 * recurring window it is the current occurrence ({@code occurrence} counts from 1); its updates span them all.
 */
public record MaintenanceView(
        MaintenanceRef ref,
        String title,
        MaintenanceStatus status,
        List<String> components,
        Instant startsAt,
        Instant endsAt,
        int occurrence,
        Recurrence recurrence,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        Instant verifyingAt,
        Instant finishedAt,
        List<MaintenanceUpdateView> updates) {

    public MaintenanceView {
        components = List.copyOf(components);
        updates = List.copyOf(updates);
    }

    public boolean upcoming() {
        return status == MaintenanceStatus.SCHEDULED;
    }

    public boolean active() {
        return status.active();
    }

    MaintenanceView with(MaintenanceStatus to, Instant at, MaintenanceUpdateView update) {
        var all = new ArrayList<>(updates);
        all.add(update);
        return new MaintenanceView(ref, title, to, components, startsAt, endsAt, occurrence, recurrence, createdAt, at,
                to == MaintenanceStatus.IN_PROGRESS && startedAt == null ? at : startedAt,
                to == MaintenanceStatus.VERIFYING ? at : verifyingAt, to.finished() ? at : finishedAt, all);
    }
}
