package io.incidentledger.status.notify;

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
 * after an exponential backoff; it never touches the ledger, and other rows keep flowing meanwhile.
 */
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 20;

    private final NotificationOutbox outbox;
    private final RouteSender sender;
    private final Map<String, NotificationRouteProperties> routes;
    private final TransactionTemplate transactions;
    private final StatusPageProperties.Notifications settings;
    private final Clock clock;

    public NotificationDispatcher(NotificationOutbox outbox, RouteSender sender, StatusPageProperties.Notifications settings,
                                  TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.routes = settings.routes().stream()
                .collect(Collectors.toMap(NotificationRouteProperties::name, Function.identity()));
        this.settings = settings;
        this.transactions = transactions;
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
            Duration wait = backoff(notification.attempts());
            log.warn("Notification {} for {} to route {} failed (attempt {}), retrying in {}: {}", notification.kind(),
                    notification.eventId(), notification.route(), notification.attempts() + 1, wait, e.toString());
            outbox.failed(notification.id(), clock.instant().plus(wait), e.toString());
            return false;
        }
    }

    Duration backoff(int attempts) {
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }
}
