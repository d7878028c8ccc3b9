package io.incidentledger.subscribers.keys;

import java.util.Optional;

/** The secrets, when a key is configured; none means subscriptions are off. */
public record SubscriberKey(Optional<SubscriberSecrets> secrets) {
}
