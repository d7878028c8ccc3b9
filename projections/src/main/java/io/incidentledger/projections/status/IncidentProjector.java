package io.incidentledger.projections.status;

import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentStatus;
import java.util.List;

/** Folds one incident's ledger events into its {@link IncidentView}. Pure, so the topology stays thin. */
public final class IncidentProjector {

    static final String DECLARED_UPDATE = "We are investigating this incident.";

    private IncidentProjector() {
    }

    public static IncidentView apply(IncidentView current, LedgerEvent ledgerEvent) {
        if (current != null && ledgerEvent.sequence() <= current.lastSequence()) {
            return current;
        }
        if (ledgerEvent.event() instanceof IncidentDeclared declared) {
            return new IncidentView(declared.incidentId(), declared.ref(), declared.title(), declared.severity(),
                    IncidentStatus.INVESTIGATING, declared.declaredAt(), declared.declaredAt(),
                    List.of(new IncidentUpdateView(ledgerEvent.eventId(), IncidentStatus.INVESTIGATING,
                            DECLARED_UPDATE, declared.declaredAt())),
                    ledgerEvent.sequence());
        }
        return current;
    }
}
