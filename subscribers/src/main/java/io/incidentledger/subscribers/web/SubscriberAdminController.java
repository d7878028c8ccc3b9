package io.incidentledger.subscribers.web;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import io.incidentledger.api.subscriber.SubscriberDirectory;
import io.incidentledger.api.subscriber.SubscriberId;
import io.incidentledger.subscribers.list.SubscriberListReplay;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin API's subscribers (behind the admin token): the list with counts by component, removal, rebuild. */
@RestController
@Tag(name = "Admin")
class SubscriberAdminController {

    private final SubscriberDirectory directory;
    private final SubscriberListReplay replay;

    SubscriberAdminController(SubscriberDirectory directory, SubscriberListReplay replay) {
        this.directory = directory;
        this.replay = replay;
    }

    record Listing(SubscriberDirectory.Counts counts, List<Map<String, Object>> subscribers) {
    }

    @Operation(operationId = "listSubscribers", summary = "Subscribers with their addresses, and counts by component")
    @GetMapping("/api/admin/subscribers")
    Listing subscribers() {
        var rows = directory.list().stream().map(row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", row.id().value());
            item.put("kind", row.kind().name().toLowerCase(Locale.ROOT));
            item.put("address", row.address());
            item.put("status", row.status());
            item.put("components", row.components());
            item.put("requested_at", row.requestedAt());
            return item;
        }).toList();
        return new Listing(directory.counts(), rows);
    }

    @Operation(operationId = "removeSubscriber", summary = "Remove a subscriber: its address is erased")
    @DeleteMapping("/api/admin/subscribers/{id}")
    ResponseEntity<Void> remove(@PathVariable("id") String id) {
        SubscriberId subscriber;
        try {
            subscriber = SubscriberId.of(id);
        } catch (RuntimeException malformed) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, "The subscriber id is a UUID, as the list gives it.");
        }
        if (!directory.remove(subscriber)) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such subscriber.");
        }
        return ResponseEntity.noContent().build();
    }

    /** Empties the list and folds it again from the subscriber streams. */
    @Operation(operationId = "rebuildSubscriberList", summary = "Rebuild the subscriber list from the subscriber streams")
    @PostMapping("/api/admin/subscribers/replay")
    ResponseEntity<Map<String, Object>> rebuild() {
        replay.start();
        return ResponseEntity.accepted().body(Map.of("status", "running"));
    }
}
