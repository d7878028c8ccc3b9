package io.incidentledger.api.subscriber;

/** How a subscriber is told: by e-mail (double opt-in) or by a signed webhook. */
public enum SubscriberKind {
    EMAIL,
    WEBHOOK
}
