package io.incidentledger.api.subscriber;

import java.time.Instant;
import java.util.List;

/** Creates a subscriber; a webhook is confirmed at once, an e-mail address only by its confirmation token. */
public record RequestSubscription(SubscriberId subscriberId, SubscriberKind kind, String sealedAddress,
                                  List<String> components, String tokenHash, Instant expiresAt, Instant at) {

    public RequestSubscription {
        components = List.copyOf(components);
    }
}
