package io.incidentledger.api.subscriber;

import java.time.Instant;

/** Deliveries kept failing (a dead webhook, a hard bounce): nothing more is sent until it subscribes again. */
public record SubscriberDisabled(SubscriberId subscriberId, String reason, Instant at) implements SubscriberEvent {
}
