package io.incidentledger.projections.timeline;

import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Timelines folded on read by the same {@link TimelineProjector} from the incident's events in the ledger, so a
 * timeline is never behind the ledger and always equals a rebuild. A cached timeline only takes the events after its
 * last sequence: a read of a busy incident costs one indexed query and the few events appended since. The texts come
 * unsealed by the ledger's serializer, and an erased one reads as its marker, as the redaction's own event shows.
 */
@Component
class LedgerIncidentTimelines implements IncidentTimelines {

    private final LedgerHistory history;
    private final LedgerMetrics metrics;
    private final TimelineCache cache;

    LedgerIncidentTimelines(LedgerHistory history, LedgerMetrics metrics) {
        this.history = history;
        this.metrics = metrics;
        this.cache = new TimelineCache(TimelineCache.MAX_ENTRIES);
    }

    @Override
    public Optional<IncidentTimeline> find(IncidentRef ref) {
        // the metrics view holds every incident by reference with its id, a few hundred bytes each
        return metrics.find(ref).map(IncidentMetrics::incidentId).map(this::read);
    }

    private IncidentTimeline read(IncidentId incident) {
        IncidentTimeline cached = cache.get(incident);
        IncidentTimeline now = TimelineProjector.foldAll(cached, events -> history.readIncident(incident.value(),
                cached == null ? -1 : cached.lastSequence(), events));
        if (now != null && now != cached) {
            cache.put(now);
        }
        return now;
    }
}
