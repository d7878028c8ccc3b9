package io.incidentledger.projections.flightrecorder;

import io.incidentledger.api.event.*;
import io.incidentledger.api.event.LedgerEvent;
import java.util.Locale;
import java.util.Optional;

/** Maps every ledger event to a flight-recorder line: who said or did what, when and where. */
public final class FlightRecords {

    private FlightRecords() {
    }

    public static Optional<FlightRecord> from(LedgerEvent ledgerEvent) {
        IncidentEvent e = ledgerEvent.event();
        var by = e.by();
        String severity = e instanceof IncidentDeclared declared ? declared.severity().name()
                : e instanceof SeverityChanged changed ? changed.to().name() : null;
        return Optional.of(new FlightRecord(ledgerEvent.eventId(), e.incidentId().value(), e.ref().toString(),
                kindOf(e), by.user().id(), by.user().name(), by.platform().name().toLowerCase(Locale.ROOT),
                by.channelId(), EventTexts.describe(e), e.at(), severity));
    }

    /**
     * About the bytes of the record's JSON document: its texts (counted as UTF-16 units, which is close for the
     * mostly ASCII lines of chat) and a fixed allowance for the field names, time and framing.
     */
    public static int approximateBytes(FlightRecord record) {
        int bytes = 256;
        for (String text : new String[] {record.eventId(), record.incidentId(), record.incidentRef(), record.kind(),
                record.authorId(), record.authorName(), record.platform(), record.channel(), record.text(),
                record.severity()}) {
            bytes += text == null ? 0 : text.length();
        }
        return bytes;
    }

    /** {@code IncidentStatusChanged} becomes {@code incident_status_changed}. */
    public static String kindOf(IncidentEvent event) {
        return event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
