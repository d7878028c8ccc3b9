package io.incidentledger.projections.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.projections.kafka.JsonSerdes;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.stereotype.Component;

/**
 * Folds one incident's events afresh from the ledger and repairs its live views where they differ: the replay does
 * it for every incident, a retried Streams dead letter for its own. Memory is one incident's views.
 */
@Component
class IncidentRefold {

    private final LedgerHistory history;
    private final LiveViews liveViews;
    private final ViewRepublisher republisher;
    private final ObjectMapper mapper;

    IncidentRefold(LedgerHistory history, LiveViews liveViews, ViewRepublisher republisher, ObjectMapper mapper) {
        this.history = history;
        this.liveViews = liveViews;
        this.republisher = republisher;
        this.mapper = mapper;
    }

    /** Answers how many views were repaired. */
    int refold(String incidentId) throws Exception {
        ViewSet rebuilt = rebuild(incidentId);
        return republisher.repair(rebuilt, liveViews.of(rebuilt));
    }

    /** As {@link #refold}, for an incident whose events the caller has read already: the one-pass replay's way. */
    int repair(List<LedgerEvent> events) {
        var views = new RebuiltViews();
        events.forEach(views);
        ViewSet rebuilt = views.toViewSet();
        try {
            return republisher.repair(rebuilt, liveViews.of(rebuilt));
        } catch (Exception failed) {
            throw new IllegalStateException("Repairing the views of " + rebuilt.incidents().keySet() + " failed: "
                    + failed.getMessage(), failed);
        }
    }

    /**
     * As {@link #refold}, unless a rebuilt view is over {@code maxViewBytes} in the bytes its fold would store: then
     * nothing is sent, as the fold would refuse it again.
     */
    int refoldWithin(String incidentId, int maxViewBytes) throws Exception {
        ViewSet rebuilt = rebuild(incidentId);
        check(rebuilt.incidents(), JsonSerdes.incidentViews(mapper).serializer(),
                CurrentIncidentsTopology.AGGREGATE_STORE, maxViewBytes);
        check(rebuilt.metrics(), JsonSerdes.metrics(mapper).serializer(), IncidentMetricsTopology.AGGREGATE_STORE,
                maxViewBytes);
        return republisher.repair(rebuilt, liveViews.of(rebuilt));
    }

    private ViewSet rebuild(String incidentId) {
        var views = new RebuiltViews();
        history.readIncident(incidentId, views);
        return views.toViewSet();
    }

    private static <V> void check(Map<String, V> views, Serializer<V> serializer, String store, int maxViewBytes) {
        views.forEach((ref, view) -> {
            int bytes = serializer.serialize(store, view).length;
            if (bytes > maxViewBytes) {
                throw new ViewTooLarge(ref, store, bytes, maxViewBytes);
            }
        });
    }
}
