package io.incidentledger.status.notify;

import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.deadletter.FailedEvent;
import io.incidentledger.status.NotificationRouteProperties;
import io.incidentledger.status.StatusPageProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox owes, oldest first. A failure is recorded on its row (attempts, last error) and retried
 * after an exponential backoff; it never touches the ledger, and other rows keep flowing meanwhile. A route that
 * refuses a row for good (a 4xx other than 408 and 429) the dead-letter port's number of times parks that row:
 * it stays in the outbox, is listed as dead letter {@value #PROCESSOR} with id {@code <event id>/<route>}, and is
 * sent again only by a retry from the admin API. An unreachable route is retried for ever.
 */
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 20;
    public static final String PROCESSOR = "notification-sender";

    private final NotificationOutbox outbox;
    private final RouteSender sender;
    private final Map<String, NotificationRouteProperties> routes;
    private final TransactionTemplate transactions;
    private final StatusPageProperties.Notifications settings;
    private final DeadLetters deadLetters;
    private final Clock clock;

    public NotificationDispatcher(NotificationOutbox outbox, RouteSender sender, StatusPageProperties.Notifications settings,
                                  TransactionTemplate transactions, DeadLetters deadLetters, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.routes = settings.routes().stream()
                .collect(Collectors.toMap(NotificationRouteProperties::name, Function.identity()));
        this.settings = settings;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    /** One pass over the due rows; answers how many were delivered. */
    public int dispatchDue() {
        Integer delivered = transactions.execute(status -> {
            int count = 0;
            List<PendingNotification> due = outbox.lockDue(clock.instant(), BATCH, routes.keySet());
            for (PendingNotification notification : due) {
                count += deliver(notification) ? 1 : 0;
            }
            return count;
        });
        return delivered == null ? 0 : delivered;
    }

    private boolean deliver(PendingNotification notification) {
        var route = routes.get(notification.route());
        try {
            sender.send(route, notification);
            outbox.delivered(notification.id(), clock.instant());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outbox.failed(notification.id(), clock.instant(), "interrupted");
            return false;
        } catch (Exception e) {
            int attempt = notification.attempts() + 1;
            if (deadLetters.parkIfPermanent(failedEvent(notification), e, attempt, notification.createdAt())) {
                log.error("Notification {} for {} to route {} refused {} times; parked as a dead letter",
                        notification.kind(), notification.eventId(), notification.route(), attempt, e);
                outbox.parked(notification.id(), e.toString());
                return false;
            }
            Duration wait = backoff(notification.attempts());
            log.warn("Notification {} for {} to route {} failed (attempt {}), retrying in {}: {}", notification.kind(),
                    notification.eventId(), notification.route(), notification.attempts() + 1, wait, e.toString());
            outbox.failed(notification.id(), clock.instant().plus(wait), e.toString());
            return false;
        }
    }

    /** Sends a parked row now, for a retry from the admin API; throws if the route refuses it again. */
    void redeliver(String deliveryId) throws Exception {
        var notification = outbox.find(deliveryId).orElseThrow(() -> new IllegalStateException(
                "No notification " + deliveryId + " is owed"));
        var route = routes.get(notification.route());
        if (route == null) {
            throw new IllegalStateException("Route " + notification.route() + " is not configured on this instance");
        }
        sender.send(route, notification);
        outbox.delivered(notification.id(), clock.instant());
    }

    private static FailedEvent failedEvent(PendingNotification notification) {
        return new FailedEvent(PROCESSOR, notification.deliveryId(), null, null, null);
    }

    Duration backoff(int attempts) {
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }
}
