package io.incidentledger.api.subscriber;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From the signed manage page: the components to hear about, empty for all. */
public record ChangeSubscriberComponents(@TargetAggregateIdentifier SubscriberId subscriberId, List<String> components,
                                         Instant at) {

    public ChangeSubscriberComponents {
        components = List.copyOf(components);
    }
}
