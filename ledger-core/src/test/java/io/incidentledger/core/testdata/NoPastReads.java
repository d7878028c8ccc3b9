package io.incidentledger.core.testdata;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.history.MaintenanceRecord;
import io.incidentledger.api.maintenance.MaintenanceRef;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The ledger as the aggregate tests give it: an incident sourced from its events (as a fixture's always is) knows
 * every chat text, so reading one back from the ledger is a failure the test must see.
 */
public final class NoPastReads implements LedgerHistory {

    @Override
    public HistoryPosition read(HistoryPosition after, Consumer<LedgerEvent> sink) {
        throw new AssertionError("an incident sourced from its events read the ledger");
    }

    @Override
    public void readIncident(String incidentId, Consumer<LedgerEvent> sink) {
        throw new AssertionError("an incident sourced from its events read its chat texts back from the ledger");
    }

    @Override
    public HistoryPosition readByIncident(Consumer<List<LedgerEvent>> sink) {
        throw new AssertionError("an incident sourced from its events read the ledger");
    }

    @Override
    public void readMaintenance(Instant upTo, Consumer<MaintenanceRecord> sink) {
        throw new AssertionError("an incident sourced from its events read maintenance windows");
    }

    @Override
    public void readWindow(MaintenanceRef window, Consumer<MaintenanceRecord> sink) {
        throw new AssertionError("an incident sourced from its events read maintenance windows");
    }

    @Override
    public long approximateSize() {
        return 0;
    }
}
