package io.incidentledger.projections.maintenance;

import io.incidentledger.api.history.LedgerHistory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The maintenance windows as they stood at any instant, folded from the ledger's one reader with the live view's own
 * {@link MaintenanceProjector}. Read from the start of the store, never from a snapshot (the aggregate takes none).
 */
@Component
public class MaintenanceHistory {

    private final LedgerHistory ledger;

    public MaintenanceHistory(LedgerHistory ledger) {
        this.ledger = ledger;
    }

    public List<MaintenanceView> asOf(Instant at) {
        Map<Long, MaintenanceView> views = new LinkedHashMap<>();
        ledger.readMaintenance(at, record -> views.compute(record.event().ref().number(),
                (number, view) -> MaintenanceProjector.apply(view, record.event(), record.eventId())));
        return views.values().stream().filter(Objects::nonNull).toList();
    }
}
