package io.incidentledger.subscribers.domain;

import io.incidentledger.api.subscriber.*;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The subscriber's rules, one per test, as given events, a command, and what it records or refuses. */
class SubscriberLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant EXPIRES = T0.plus(Duration.ofHours(24));

    private final SubscriberId id = SubscriberId.random();
    private AggregateTestFixture<Subscriber> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Subscriber.class);
    }

    private SubscriptionRequested requested(SubscriberKind kind) {
        return new SubscriptionRequested(id, kind, "sealed", List.of("api"), "hash-of-token", EXPIRES, T0);
    }

    @Test
    void anEmailRequestIsRecordedUnconfirmed() {
        fixture.givenNoPriorActivity()
                .when(new RequestSubscription(id, SubscriberKind.EMAIL, "sealed", List.of("api"), "hash-of-token", EXPIRES, T0))
                .expectEvents(requested(SubscriberKind.EMAIL));
    }

    @Test
    void aWebhookIsConfirmedAsItIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RequestSubscription(id, SubscriberKind.WEBHOOK, "sealed", List.of("api"), "hash-of-token", EXPIRES, T0))
                .expectEvents(requested(SubscriberKind.WEBHOOK), new SubscriptionConfirmed(id, T0));
    }

    @Test
    void theRightTokenInTimeConfirms() {
        fixture.given(requested(SubscriberKind.EMAIL))
                .when(new ConfirmSubscription(id, "hash-of-token", T0.plusSeconds(60)))
                .expectEvents(new SubscriptionConfirmed(id, T0.plusSeconds(60)));
    }

    @Test
    void aWrongTokenIsRefusedAndNothingIsRecorded() {
        fixture.given(requested(SubscriberKind.EMAIL))
                .when(new ConfirmSubscription(id, "hash-of-another", T0.plusSeconds(60)))
                .expectException(SubscriptionRefused.class).expectExceptionMessage("This confirmation link is not valid.")
                .expectNoEvents();
    }

    @Test
    void anExpiredTokenIsRefused() {
        fixture.given(requested(SubscriberKind.EMAIL))
                .when(new ConfirmSubscription(id, "hash-of-token", EXPIRES.plusSeconds(1)))
                .expectException(SubscriptionRefused.class).expectNoEvents();
    }

    @Test
    void aTokenConfirmsOnlyOnce() {
        fixture.given(requested(SubscriberKind.EMAIL), new SubscriptionConfirmed(id, T0))
                .when(new ConfirmSubscription(id, "hash-of-token", T0.plusSeconds(60)))
                .expectException(SubscriptionRefused.class).expectNoEvents();
    }

    @Test
    void aConfirmedSubscriptionDoesNotExpire() {
        fixture.given(requested(SubscriberKind.EMAIL), new SubscriptionConfirmed(id, T0))
                .when(new Unsubscribe(id, "expired", EXPIRES.plusSeconds(1)))
                .expectException(SubscriptionRefused.class).expectNoEvents();
    }

    @Test
    void nothingHappensToASubscriptionThatHasEnded() {
        fixture.given(requested(SubscriberKind.EMAIL), new Unsubscribed(id, "subscriber", T0))
                .when(new ChangeSubscriberComponents(id, List.of(), T0.plusSeconds(1)))
                .expectException(SubscriptionRefused.class).expectNoEvents();
    }

    @Test
    void aDisabledSubscriberIsDisabledOnce() {
        fixture.given(requested(SubscriberKind.WEBHOOK), new SubscriptionConfirmed(id, T0),
                        new SubscriberDisabled(id, "failed 3 times", T0))
                .when(new DisableSubscriber(id, "failed 3 times", T0.plusSeconds(1)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
