package io.incidentledger.search.application;

import java.time.Instant;

/** One search result: what was said or done, in which incident, by whom and when. */
public record SearchHit(
        String eventId,
        String incident,
        String kind,
        String author,
        String platform,
        String text,
        Instant occurredAt) {
}
