package io.incidentledger.api.deadletter;

/**
 * One event a processor could not handle. {@code position} is the event store's global index where the processor
 * reads the store (null otherwise); {@code payload} is the event as JSON where the processor cannot read it back
 * from the store by itself (null otherwise).
 */
public record FailedEvent(String processor, String eventId, Long position, String incidentId, String payload) {

    public FailedEvent {
        if (processor == null || processor.isBlank() || eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("A failed event needs its processor and its event id");
        }
    }
}
