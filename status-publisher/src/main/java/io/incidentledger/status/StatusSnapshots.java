package io.incidentledger.status;

import io.incidentledger.status.history.PageHistory;
import io.incidentledger.status.history.Shown;
import io.incidentledger.projections.maintenance.MaintenanceHistory;
import io.incidentledger.status.maintenance.MaintenanceEventLog;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A past moment of the page, folded from the ledger itself; the live page is {@link LivePage}'s. */
@Component
class StatusSnapshots {

    private final PageHistory history;
    private final MaintenanceHistory maintenanceHistory;
    private final MaintenanceEventLog maintenanceLog;
    private final Clock clock;

    StatusSnapshots(PageHistory history, MaintenanceHistory maintenanceHistory, MaintenanceEventLog maintenanceLog,
                    Clock clock) {
        this.maintenanceLog = maintenanceLog;
        this.history = history;
        this.maintenanceHistory = maintenanceHistory;
        this.clock = clock;
    }

    /** Of the incidents, only those the outputs of that selection show. */
    StatusSnapshot at(Instant at, Shown shown) {
        PageHistory.State state = history.asOf(at, shown);
        // until the log has caught up with the ledger, the windows are folded from the whole ledger
        var maintenances = maintenanceLog.asOf(at).orElseGet(() -> maintenanceHistory.asOf(at));
        return new StatusSnapshot(state.incidents(), clock.instant(), at, state.names(), maintenances);
    }
}
