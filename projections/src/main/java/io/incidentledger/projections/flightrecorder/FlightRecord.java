package io.incidentledger.projections.flightrecorder;

import java.time.Instant;

/** One line of the flight recorder: who said or did what, when and where. Its id is the ledger event id. */
public record FlightRecord(
        String eventId,
        String incidentId,
        String incidentRef,
        String kind,
        String authorId,
        String authorName,
        String platform,
        String channel,
        String text,
        Instant occurredAt,
        String severity) {
}
