package io.incidentledger.api.subscriber;

import java.time.Instant;

/**
 * Every fact the ledger keeps about a subscriber. The address is never in the clear here: it is sealed with a key of
 * that subscriber's own, and an unsubscribe destroys the key. Class names are stored names: never rename or nest one.
 */
public sealed interface SubscriberEvent permits SubscriptionRequested, SubscriptionConfirmed,
        SubscriberComponentsChanged, Unsubscribed, SubscriberDisabled {

    SubscriberId subscriberId();

    Instant at();
}
