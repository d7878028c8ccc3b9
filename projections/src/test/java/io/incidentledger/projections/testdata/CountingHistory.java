package io.incidentledger.projections.testdata;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.history.MaintenanceRecord;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.maintenance.MaintenanceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A ledger held in a list, as the event store's index reads it, counting what each read hands out. */
public final class CountingHistory implements LedgerHistory {

    private final List<LedgerEvent> events = new ArrayList<>();
    private int reads;
    private int delivered;

    public synchronized void append(LedgerEvent event) {
        events.add(event);
    }

    public synchronized List<LedgerEvent> events() {
        return List.copyOf(events);
    }

    /** How many reads of one incident, and how many events they handed out in all. */
    public synchronized int reads() {
        return reads;
    }

    public synchronized int delivered() {
        return delivered;
    }

    @Override
    public synchronized HistoryPosition read(HistoryPosition after, Consumer<LedgerEvent> sink) {
        events.forEach(sink);
        return new HistoryPosition(events.size());
    }

    @Override
    public void readIncident(String incidentId, Consumer<LedgerEvent> sink) {
        readIncident(incidentId, -1, sink);
    }

    @Override
    public synchronized void readIncident(String incidentId, long afterSequence, Consumer<LedgerEvent> sink) {
        reads++;
        for (LedgerEvent event : events) {
            if (event.incidentId().value().equals(incidentId) && event.sequence() > afterSequence) {
                delivered++;
                sink.accept(event);
            }
        }
    }

    @Override
    public synchronized HistoryPosition readByIncident(Consumer<List<LedgerEvent>> sink) {
        Map<IncidentId, List<LedgerEvent>> byIncident = new LinkedHashMap<>();
        events.forEach(event -> byIncident.computeIfAbsent(event.incidentId(), id -> new ArrayList<>()).add(event));
        byIncident.values().forEach(sink);
        return new HistoryPosition(events.size());
    }

    @Override
    public void readMaintenance(Instant upTo, Consumer<MaintenanceRecord> sink) {
        // a ledger of incidents only
    }

    @Override
    public void readWindow(MaintenanceRef window, Consumer<MaintenanceRecord> sink) {
        // a ledger of incidents only
    }

    @Override
    public synchronized long approximateSize() {
        return events.size();
    }
}
