package io.incidentledger.api.history;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.maintenance.MaintenanceRef;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The event store, read in order: the only source of truth a replay rebuilds from, and the one way any module
 * outside the ledger's core reads it. Every read starts at sequence 0, never at a snapshot.
 */
public interface LedgerHistory {

    /** Every incident event after {@code after}, up to the current end; answers the position reached. */
    HistoryPosition read(HistoryPosition after, Consumer<LedgerEvent> sink);

    /** Every incident event of one incident, in its order: how views are rebuilt one incident at a time. */
    void readIncident(String incidentId, Consumer<LedgerEvent> sink);

    /**
     * Every incident's events, one incident per call of {@code sink} and each in its order, as the store held them
     * when the read began: one pass over the store, for the replay. Answers a position from which {@link #read}
     * gives at least every event this read could not see.
     */
    HistoryPosition readByIncident(Consumer<List<LedgerEvent>> sink);

    /** Every maintenance event recorded at or before {@code upTo}, in the store's order. */
    void readMaintenance(Instant upTo, Consumer<MaintenanceRecord> sink);

    /** One maintenance window's events, in its order. */
    void readWindow(MaintenanceRef window, Consumer<MaintenanceRecord> sink);

    /** About how many events the store holds (audit events included), for progress. */
    long approximateSize();

    /**
     * The incident events of one incident after {@code afterSequence}, in its order: how a view built on read catches
     * up on what it has not folded yet. This default reads them all; a store with an index reads only those after.
     */
    default void readIncident(String incidentId, long afterSequence, Consumer<LedgerEvent> sink) {
        readIncident(incidentId, event -> {
            if (event.sequence() > afterSequence) {
                sink.accept(event);
            }
        });
    }
}
