package io.incidentledger.subscribers.subscribe;

import io.incidentledger.status.PeriodicPass;
import io.incidentledger.subscribers.SubscribersProperties;
import io.incidentledger.subscribers.list.SubscriberListQueries;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends the requests nobody confirmed in time ({@code Unsubscribed}, reason {@code expired}), which destroys their
 * keys, so an address someone typed in for a stranger does not stay; and drops the rate limits' old windows.
 */
@Component
class UnconfirmedExpiry extends PeriodicPass {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedExpiry.class);

    private final SubscriberListQueries list;
    private final Subscriptions subscriptions;
    private final RateLimits limits;
    private final Clock clock;

    UnconfirmedExpiry(SubscriberListQueries list, Subscriptions subscriptions, RateLimits limits,
                      SubscribersProperties properties, Clock clock) {
        super("subscriber-expiry", properties.expireEvery());
        this.list = list;
        this.subscriptions = subscriptions;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        try {
            list.expiredBefore(clock.instant(), 500).forEach(id -> subscriptions.unsubscribe(id, "expired"));
            limits.prune();
        } catch (RuntimeException e) {
            log.warn("Subscriber expiry pass failed: {}", e.toString());
        }
    }
}
