package io.incidentledger.api.subscriber;

import java.time.Instant;
import java.util.List;

/**
 * Someone asked to be told. {@code sealedAddress} is the e-mail address or webhook URL sealed with the subscriber's
 * key; {@code tokenHash} is the SHA-256 of the one-time confirmation token, which itself is only in the mail.
 */
public record SubscriptionRequested(SubscriberId subscriberId, SubscriberKind kind, String sealedAddress,
                                    List<String> components, String tokenHash, Instant expiresAt, Instant at)
        implements SubscriberEvent {

    public SubscriptionRequested {
        components = List.copyOf(components);
    }
}
