package io.incidentledger.api.deadletter;

import java.time.Instant;

/** A parked event: what failed, where, how often and since when. */
public record DeadLetter(long id, String processor, String eventId, Long position, String incidentId,
                         String errorClass, String errorMessage, int attempts, Instant firstFailedAt,
                         Instant lastFailedAt, String payload) {

    public FailedEvent event() {
        return new FailedEvent(processor, eventId, position, incidentId, payload);
    }
}
