package io.incidentledger.api.subscriber;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One-click unsubscribe, the manage page, an admin, or the expiry of an unconfirmed request. */
public record Unsubscribe(@TargetAggregateIdentifier SubscriberId subscriberId, String reason, Instant at) {
}
