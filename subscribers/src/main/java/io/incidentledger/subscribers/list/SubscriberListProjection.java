package io.incidentledger.subscribers.list;

import io.incidentledger.api.subscriber.*;
import io.incidentledger.subscribers.keys.AddressVault;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The subscriber list, folded from the subscriber streams by the tracking processor {@value #PROCESSING_GROUP}
 * (token in PostgreSQL). A reset empties it and the processor folds it again from the first event. An unsubscribe
 * deletes the row and the subscriber's key, so its address is gone from every view.
 */
@Component
@ConditionalOnProperty(name = "subscribers.enabled", havingValue = "true", matchIfMissing = true)
@ProcessingGroup(SubscriberListProjection.PROCESSING_GROUP)
class SubscriberListProjection {

    static final String PROCESSING_GROUP = "subscriber-list";

    private final JdbcTemplate jdbc;
    private final AddressVault vault;

    SubscriberListProjection(JdbcTemplate jdbc, AddressVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @EventHandler
    void on(SubscriptionRequested event) {
        jdbc.update("insert into subscriber_list (subscriber_id, kind, sealed_address, components, status, requested_at, "
                        + "expires_at) values (?, ?, ?, ?, 'pending', ?, ?) on conflict (subscriber_id) do nothing",
                event.subscriberId().value(), event.kind().name(), event.sealedAddress(),
                event.components().toArray(String[]::new), Timestamp.from(event.at()), Timestamp.from(event.expiresAt()));
    }

    @EventHandler
    void on(SubscriptionConfirmed event) {
        jdbc.update("update subscriber_list set status = 'confirmed', confirmed_at = ? where subscriber_id = ?",
                Timestamp.from(event.at()), event.subscriberId().value());
    }

    @EventHandler
    void on(SubscriberComponentsChanged event) {
        jdbc.update("update subscriber_list set components = ? where subscriber_id = ?",
                event.components().toArray(String[]::new), event.subscriberId().value());
    }

    @EventHandler
    void on(SubscriberDisabled event) {
        jdbc.update("update subscriber_list set status = 'disabled', disabled_at = ?, disabled_reason = ? "
                + "where subscriber_id = ?", Timestamp.from(event.at()), event.reason(), event.subscriberId().value());
    }

    @EventHandler
    void on(Unsubscribed event) {
        jdbc.update("delete from subscriber_list where subscriber_id = ?", event.subscriberId().value());
        jdbc.update("delete from subscriber_delivery where subscriber_id = ? and state = 'pending'",
                event.subscriberId().value());
        vault.destroy(event.subscriberId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from subscriber_list");
    }
}
