package io.incidentledger.subscribers.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.incidentledger.api.subscriber.*;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One subscriber's life: requested, confirmed (by the token's POST, or at once for a webhook), components changed,
 * disabled, unsubscribed. Its stream is apart from every incident's; the hash chain covers it like any other.
 */
@Aggregate
public class Subscriber {

    @AggregateIdentifier
    private SubscriberId id;
    private String tokenHash;
    private Instant expiresAt;
    private boolean confirmed;
    private boolean disabled;
    private boolean gone;

    protected Subscriber() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Subscriber(RequestSubscription command) {
        apply(new SubscriptionRequested(command.subscriberId(), command.kind(), command.sealedAddress(),
                command.components(), command.tokenHash(), command.expiresAt(), command.at()));
        if (command.kind() == SubscriberKind.WEBHOOK) {
            apply(new SubscriptionConfirmed(command.subscriberId(), command.at()));
        }
    }

    @CommandHandler
    void handle(ConfirmSubscription command) {
        requireLive();
        if (confirmed) {
            throw new SubscriptionRefused("This subscription is already confirmed.");
        }
        if (!MessageDigest.isEqual(bytes(tokenHash), bytes(command.tokenHash()))) {
            throw new SubscriptionRefused("This confirmation link is not valid.");
        }
        if (command.at().isAfter(expiresAt)) {
            throw new SubscriptionRefused("This confirmation link has expired; subscribe again.");
        }
        apply(new SubscriptionConfirmed(id, command.at()));
    }

    @CommandHandler
    void handle(ChangeSubscriberComponents command) {
        requireLive();
        apply(new SubscriberComponentsChanged(id, command.components(), command.at()));
    }

    @CommandHandler
    void handle(Unsubscribe command) {
        requireLive();
        if (command.reason().equals("expired") && confirmed) {
            throw new SubscriptionRefused("A confirmed subscription does not expire.");
        }
        apply(new Unsubscribed(id, command.reason(), command.at()));
    }

    @CommandHandler
    void handle(DisableSubscriber command) {
        requireLive();
        if (!disabled) {
            apply(new SubscriberDisabled(id, command.reason(), command.at()));
        }
    }

    private void requireLive() {
        if (gone) {
            throw new SubscriptionRefused("This subscription has ended.");
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.US_ASCII);
    }

    @EventSourcingHandler
    void on(SubscriptionRequested event) {
        id = event.subscriberId();
        tokenHash = event.tokenHash();
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(SubscriptionConfirmed event) {
        confirmed = true;
        tokenHash = null;
    }

    @EventSourcingHandler
    void on(SubscriberDisabled event) {
        disabled = true;
    }

    @EventSourcingHandler
    void on(Unsubscribed event) {
        gone = true;
    }
}
