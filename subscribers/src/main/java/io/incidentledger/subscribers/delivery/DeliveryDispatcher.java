package io.incidentledger.subscribers.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.subscriber.DisableSubscriber;
import io.incidentledger.subscribers.SubscribersProperties;
import io.incidentledger.subscribers.keys.AddressVault;
import io.incidentledger.subscribers.keys.SubscriberKey;
import io.incidentledger.subscribers.list.SubscriberListQueries;
import io.incidentledger.subscribers.subscribe.SubscriberLinks;
import io.incidentledger.status.StatusPageProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox owes on threads of its own ({@code threads}, at {@code perSecond} in all), so a mass send
 * never holds a request, an ack or a view. Claims only as many rows as its threads can take, and on stop hands
 * the unstarted ones back and lets the started ones finish. A message that fails {@code maxAttempts} times
 * disables its subscriber (recorded as {@code SubscriberDisabled}); before that it is retried with backoff.
 */
@Component
@ConditionalOnProperty(name = "subscribers.enabled", havingValue = "true", matchIfMissing = true)
class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final DeliveryOutbox outbox;
    private final SubscriberSend send;
    private final SubscribersProperties.Delivery settings;
    private final CommandGateway commands;
    private final Clock clock;
    private final Pace pace;
    private ScheduledExecutorService poller;
    private ThreadPoolExecutor senders;
    private volatile boolean running;

    DeliveryDispatcher(DeliveryOutbox outbox, SubscriberListQueries list, AddressVault vault, SubscriberKey key,
                       StatusPageProperties page, Mails mails, SubscribersProperties properties, CommandGateway commands,
                       ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.settings = properties.delivery();
        this.send = new SubscriberSend(outbox, list, vault, key.secrets().map(secrets -> SubscriberLinks.of(page, secrets)),
                mails, new WebhookDelivery(clock), json);
        this.commands = commands;
        this.clock = clock;
        this.pace = new Pace(settings.perSecond());
    }

    @Override
    public synchronized void start() {
        senders = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.threads() * 2), named("subscriber-sender"));
        poller = Executors.newSingleThreadScheduledExecutor(named("subscriber-outbox"));
        running = true;
        poller.scheduleWithFixedDelay(this::pass, settings.pollInterval().toMillis(), settings.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void pass() {
        try {
            outbox.markInDoubt(clock.instant(), LEASE);
            int room = senders.getQueue().remainingCapacity();
            while (running && room > 0) {
                var claimed = outbox.claim(clock.instant(), room);
                claimed.forEach(row -> senders.execute(new Sending(row)));
                if (claimed.size() < room) {
                    return;
                }
                room = senders.getQueue().remainingCapacity();
            }
        } catch (RuntimeException e) {
            // e.g. PostgreSQL briefly away: the rows stay owed and the next pass tries again
            log.warn("Subscriber delivery pass failed: {}", e.toString());
        }
    }

    private final class Sending implements Runnable {
        private final DeliveryOutbox.Claimed row;

        Sending(DeliveryOutbox.Claimed row) {
            this.row = row;
        }

        @Override
        public void run() {
            try {
                pace.acquire();
                send.send(row);
                outbox.delivered(row.id(), clock.instant());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outbox.release(row.id());
            } catch (SubscriberSend.Dropped dropped) {
                outbox.finished(row.id(), "dropped", dropped.getMessage());
            } catch (Exception e) {
                failed(row, e);
            }
        }
    }

    private void failed(DeliveryOutbox.Claimed row, Exception e) {
        String error = e.toString();
        if (row.attempts() >= settings.maxAttempts()) {
            outbox.finished(row.id(), "failed", error);
            log.warn("Subscriber {} failed {} times; disabling it: {}", row.subscriber().value(), row.attempts(), error);
            commands.send(new DisableSubscriber(row.subscriber(), "failed " + row.attempts() + " times: " + error,
                    clock.instant()));
            return;
        }
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(row.attempts() - 1, 20));
        outbox.retry(row.id(), clock.instant().plus(wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait),
                error);
    }

    @Override
    public synchronized void stop() {
        running = false;
        poller.shutdownNow();
        List<Runnable> unstarted = new ArrayList<>();
        senders.getQueue().drainTo(unstarted);
        unstarted.forEach(task -> outbox.release(((Sending) task).row.id()));
        senders.shutdown();
        try {
            if (!senders.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Subscriber senders still busy after 30 s; their rows stay in doubt and are not sent again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // stops before the data source and the command bus, so finishing sends can still record themselves
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
