package io.incidentledger.api.history;

import io.incidentledger.api.event.LedgerEvent;
import java.util.function.Consumer;

/** The event store, read in order: the only source of truth a replay rebuilds from. */
public interface LedgerHistory {

    /** Every incident event after {@code after}, up to the current end; answers the position reached. */
    HistoryPosition read(HistoryPosition after, Consumer<LedgerEvent> sink);

    /** Every incident event of one incident, in its order: how views are rebuilt one incident at a time. */
    void readIncident(String incidentId, Consumer<LedgerEvent> sink);

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
