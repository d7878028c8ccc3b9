package io.incidentledger.subscribers.list;

import io.incidentledger.api.subscriber.SubscriberId;
import io.incidentledger.api.subscriber.SubscriberKind;
import java.time.Instant;
import java.util.List;

/** One row of the subscriber list; the address stays sealed here. */
public record SubscriberRow(SubscriberId id, SubscriberKind kind, String sealedAddress, List<String> components,
                            String status, Instant requestedAt, Instant confirmedAt, String disabledReason) {
}
