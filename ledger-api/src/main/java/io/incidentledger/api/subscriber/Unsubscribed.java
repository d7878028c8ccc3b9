package io.incidentledger.api.subscriber;

import java.time.Instant;

/** The end of a subscriber: {@code reason} is {@code subscriber}, {@code expired} or {@code admin}. Its key is destroyed. */
public record Unsubscribed(SubscriberId subscriberId, String reason, Instant at) implements SubscriberEvent {
}
