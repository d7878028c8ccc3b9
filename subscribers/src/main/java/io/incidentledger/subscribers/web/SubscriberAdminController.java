package io.incidentledger.subscribers.web;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import io.incidentledger.api.subscriber.SubscriberCounts;
import io.incidentledger.api.subscriber.SubscriberId;
import io.incidentledger.subscribers.keys.AddressVault;
import io.incidentledger.subscribers.list.SubscriberListQueries;
import io.incidentledger.subscribers.list.SubscriberListReplay;
import io.incidentledger.subscribers.subscribe.Subscriptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin API's subscribers (behind the admin token): the list with counts by component, removal, rebuild. */
@RestController
class SubscriberAdminController {

    private final SubscriberListQueries list;
    private final AddressVault vault;
    private final Subscriptions subscriptions;
    private final SubscriberListReplay replay;

    SubscriberAdminController(SubscriberListQueries list, AddressVault vault, Subscriptions subscriptions,
                              SubscriberListReplay replay) {
        this.list = list;
        this.vault = vault;
        this.subscriptions = subscriptions;
        this.replay = replay;
    }

    record Listing(SubscriberCounts.Counts counts, List<Map<String, Object>> subscribers) {
    }

    @GetMapping("/api/admin/subscribers")
    Listing subscribers() {
        var rows = list.all().stream().map(row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", row.id().value());
            item.put("kind", row.kind().name().toLowerCase(java.util.Locale.ROOT));
            item.put("address", vault.open(row.id(), row.sealedAddress()).orElse(null));
            item.put("status", row.status());
            item.put("components", row.components());
            item.put("requested_at", row.requestedAt());
            item.put("confirmed_at", row.confirmedAt());
            item.put("disabled_reason", row.disabledReason());
            return item;
        }).toList();
        return new Listing(list.counts(), rows);
    }

    @DeleteMapping("/api/admin/subscribers/{id}")
    ResponseEntity<Void> remove(@PathVariable("id") String id) {
        SubscriberId subscriber;
        try {
            subscriber = SubscriberId.of(id);
        } catch (RuntimeException malformed) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, "The subscriber id is a UUID, as the list gives it.");
        }
        if (!subscriptions.unsubscribe(subscriber, "admin")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such subscriber.");
        }
        return ResponseEntity.noContent().build();
    }

    /** Empties the list and folds it again from the subscriber streams. */
    @PostMapping("/api/admin/subscribers/replay")
    ResponseEntity<Map<String, Object>> rebuild() {
        replay.start();
        return ResponseEntity.accepted().body(Map.of("status", "running"));
    }
}
