package io.incidentledger.projections.replay;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.history.MaintenanceRecord;
import io.incidentledger.api.maintenance.MaintenanceRef;
import io.incidentledger.api.id.IncidentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;

/** A ledger of incidents held in a list, in order: what a test appended is what a refold reads back. */
final class ScriptedHistory implements LedgerHistory {

    private final List<LedgerEvent> events;

    ScriptedHistory(List<LedgerEvent> events) {
        this.events = events;
    }

    @Override
    public HistoryPosition read(HistoryPosition after, Consumer<LedgerEvent> sink) {
        events.forEach(sink);
        return new HistoryPosition(events.size());
    }

    @Override
    public void readIncident(String incidentId, Consumer<LedgerEvent> sink) {
        events.stream().filter(event -> event.incidentId().value().equals(incidentId)).forEach(sink);
    }

    @Override
    public HistoryPosition readByIncident(Consumer<List<LedgerEvent>> sink) {
        Map<IncidentId, List<LedgerEvent>> byIncident = new LinkedHashMap<>();
        events.forEach(event -> byIncident.computeIfAbsent(event.incidentId(), id -> new ArrayList<>()).add(event));
        byIncident.values().forEach(sink);
        return new HistoryPosition(events.size());
    }

    @Override
    public void readMaintenance(Instant upTo, Consumer<MaintenanceRecord> sink) {
    }

    @Override
    public void readWindow(MaintenanceRef window, Consumer<MaintenanceRecord> sink) {
    }

    @Override
    public long approximateSize() {
        return events.size();
    }
}
