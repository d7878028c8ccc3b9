package io.incidentledger.status;

import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.status.history.PageHistory;
import io.incidentledger.projections.maintenance.MaintenanceHistory;
import io.incidentledger.projections.maintenance.MaintenanceViews;
import io.incidentledger.status.names.DisplayNames;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The live page comes from the Kafka Streams view; a past moment is folded from the ledger itself. */
@Component
class StatusSnapshots {

    private final SharedRead<StatusSnapshot> live;
    private final PageHistory history;
    private final MaintenanceHistory maintenanceHistory;
    private final Clock clock;

    StatusSnapshots(CurrentIncidents current, PageHistory history, DisplayNames names, MaintenanceViews maintenances,
                    MaintenanceHistory maintenanceHistory, Clock clock) {
        // the store scan with its JSON and the names query cost more than a cached page: share them under load
        this.live = new SharedRead<>(() -> new StatusSnapshot(current.all(), clock.instant(), null, names.all(),
                maintenances.all()));
        this.history = history;
        this.maintenanceHistory = maintenanceHistory;
        this.clock = clock;
    }

    /** The view as read after this call began, at this call's moment. */
    StatusSnapshot live() {
        StatusSnapshot read = live.get();
        return new StatusSnapshot(read.incidents(), clock.instant(), null, read.names(), read.maintenances());
    }

    StatusSnapshot at(Instant at) {
        PageHistory.State state = history.asOf(at);
        return new StatusSnapshot(state.incidents(), clock.instant(), at, state.names(), maintenanceHistory.asOf(at));
    }
}
