package io.incidentledger.projections.flightrecorder;

import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.LedgerEvent;
import java.util.Optional;

/** Maps ledger events to flight-recorder lines. Events with nothing to say map to nothing. */
public final class FlightRecords {

    private FlightRecords() {
    }

    public static Optional<FlightRecord> from(LedgerEvent ledgerEvent) {
        if (ledgerEvent.event() instanceof IncidentDeclared declared) {
            var origin = declared.origin();
            return Optional.of(new FlightRecord(ledgerEvent.eventId(), declared.incidentId().value(),
                    declared.ref().toString(), "declared", origin.user().id(), origin.user().name(),
                    origin.platform().name().toLowerCase(), origin.channelId(), declared.title(),
                    declared.declaredAt(), declared.severity().name()));
        }
        return Optional.empty();
    }
}
