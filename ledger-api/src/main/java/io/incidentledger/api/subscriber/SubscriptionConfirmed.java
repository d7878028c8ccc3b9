package io.incidentledger.api.subscriber;

import java.time.Instant;

/** The subscriber pressed the confirmation button (e-mail), or a webhook was registered; from now on it is told. */
public record SubscriptionConfirmed(SubscriberId subscriberId, Instant at) implements SubscriberEvent {
}
