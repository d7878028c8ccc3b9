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
}
