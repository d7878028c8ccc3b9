package io.incidentledger.status;

import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.status.history.LedgerHistory;
import io.incidentledger.status.names.DisplayNames;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The live page comes from the Kafka Streams view; a past moment is folded from the ledger itself. */
@Component
class StatusSnapshots {

    private final CurrentIncidents current;
    private final LedgerHistory history;
    private final DisplayNames names;
    private final Clock clock;

    StatusSnapshots(CurrentIncidents current, LedgerHistory history, DisplayNames names, Clock clock) {
        this.current = current;
        this.history = history;
        this.names = names;
        this.clock = clock;
    }

    StatusSnapshot live() {
        return StatusSnapshot.live(current.all(), clock.instant(), names.all());
    }

    StatusSnapshot at(Instant at) {
        LedgerHistory.State state = history.asOf(at);
        return new StatusSnapshot(state.incidents(), clock.instant(), at, state.names());
    }
}
