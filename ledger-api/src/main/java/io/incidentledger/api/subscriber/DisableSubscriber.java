package io.incidentledger.api.subscriber;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by delivery after the configured number of failed tries. */
public record DisableSubscriber(@TargetAggregateIdentifier SubscriberId subscriberId, String reason, Instant at) {
}
