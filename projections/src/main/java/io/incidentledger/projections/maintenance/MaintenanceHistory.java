package io.incidentledger.projections.maintenance;

import io.incidentledger.api.maintenance.MaintenanceEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * The maintenance windows as they stood at any instant, folded from the event store with the live view's own
 * {@link MaintenanceProjector}. Read from the start of the store, never from a snapshot (the aggregate takes none).
 */
@Component
public class MaintenanceHistory {

    private final EventStorageEngine storage;

    public MaintenanceHistory(EventStorageEngine storage) {
        this.storage = storage;
    }

    public List<MaintenanceView> asOf(Instant at) {
        Map<Long, MaintenanceView> views = new LinkedHashMap<>();
        try (var events = storage.readEvents(null, false)) {
            events.filter(message -> MaintenanceEvent.class.isAssignableFrom(message.getPayloadType()))
                    .filter(message -> !message.getTimestamp().isAfter(at))
                    .forEachOrdered(message -> {
                        var event = (MaintenanceEvent) message.getPayload();
                        views.compute(event.ref().number(), (number, view) ->
                                MaintenanceProjector.apply(view, event, message.getIdentifier()));
                    });
        }
        return views.values().stream().filter(Objects::nonNull).toList();
    }
}
