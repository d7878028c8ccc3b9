package io.incidentledger.projections.testdata;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import java.util.ArrayList;
import java.util.List;
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
    public synchronized long approximateSize() {
        return events.size();
    }
}
