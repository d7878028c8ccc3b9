package io.incidentledger.subscribers.web;

import io.incidentledger.api.subscriber.SubscriberDirectory;
import io.incidentledger.api.subscriber.SubscriberId;
import io.incidentledger.subscribers.keys.AddressVault;
import io.incidentledger.subscribers.list.SubscriberListQueries;
import io.incidentledger.subscribers.subscribe.Subscriptions;
import java.util.List;
import org.springframework.stereotype.Component;

/** The console's view of the subscriber list, through the port it knows; the admin API reads the same rows. */
@Component
class ConsoleDirectory implements SubscriberDirectory {

    private final SubscriberListQueries list;
    private final AddressVault vault;
    private final Subscriptions subscriptions;

    ConsoleDirectory(SubscriberListQueries list, AddressVault vault, Subscriptions subscriptions) {
        this.list = list;
        this.vault = vault;
        this.subscriptions = subscriptions;
    }

    @Override
    public Counts counts() {
        return list.counts();
    }

    @Override
    public List<Listed> list() {
        return list.all().stream().map(row -> new Listed(row.id(), row.kind(),
                vault.open(row.id(), row.sealedAddress()).orElse(null), row.status(), row.components(), row.requestedAt()))
                .toList();
    }

    @Override
    public boolean remove(SubscriberId id) {
        return subscriptions.unsubscribe(id, "admin");
    }
}
