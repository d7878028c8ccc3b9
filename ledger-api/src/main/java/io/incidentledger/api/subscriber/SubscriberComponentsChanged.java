package io.incidentledger.api.subscriber;

import java.time.Instant;
import java.util.List;

/** The components a subscriber hears about; empty means every one. */
public record SubscriberComponentsChanged(SubscriberId subscriberId, List<String> components, Instant at)
        implements SubscriberEvent {

    public SubscriberComponentsChanged {
        components = List.copyOf(components);
    }
}
