package io.incidentledger.api.subscriber;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The POST of the confirmation page, with the SHA-256 of the token the mail carried. */
public record ConfirmSubscription(@TargetAggregateIdentifier SubscriberId subscriberId, String tokenHash, Instant at) {
}
