package io.incidentledger.subscribers;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code subscribers.*}: the switch, the key that signs manage links and webhook secrets ({@code secretKey}, or a
 * file the {@code local} profile generates), how long a confirmation link lives, the mail sender address and the
 * {@code local} capture directory, the form's rate limits, and the pace and patience of delivery.
 */
@ConfigurationProperties("subscribers")
public record SubscribersProperties(
        @DefaultValue("true") boolean enabled,
        String secretKey,
        Path secretKeyFile,
        @DefaultValue("false") boolean generateKey,
        @DefaultValue("24h") Duration confirmWithin,
        @DefaultValue("5m") Duration expireEvery,
        @DefaultValue Mail mail,
        @DefaultValue Limits limits,
        @DefaultValue Delivery delivery) {

    /** {@code from}: the sender; {@code captureDir}: with no {@code spring.mail.host}, mail is written there as .eml. */
    public record Mail(@DefaultValue("status@localhost") String from, Path captureDir) {
    }

    /** Subscriptions per address and per client IP within one window. */
    public record Limits(@DefaultValue("3") int perAddress, @DefaultValue("10") int perClient,
                         @DefaultValue("1h") Duration window) {
    }

    /**
     * {@code threads} senders at most {@code perSecond} messages in all; a message is tried {@code maxAttempts} times,
     * backing off from {@code firstRetry} to {@code maxRetry}, then its subscriber is disabled. Events older than
     * {@code maxAge} (a first start on an old ledger) are not sent.
     */
    public record Delivery(@DefaultValue("4") int threads, @DefaultValue("50") int perSecond,
                           @DefaultValue("5") int maxAttempts, @DefaultValue("2s") Duration firstRetry,
                           @DefaultValue("10m") Duration maxRetry, @DefaultValue("500ms") Duration pollInterval,
                           @DefaultValue("1h") Duration maxAge) {
    }
}
