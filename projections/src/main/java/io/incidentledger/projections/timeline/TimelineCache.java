package io.incidentledger.projections.timeline;

import io.incidentledger.api.id.IncidentId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently read timelines, bounded by their total number of entries (a timeline's size grows with them),
 * so a read only folds what the ledger appended since. The latest timeline is kept even if larger than the bound.
 */
final class TimelineCache {

    /** About 30 MB of heap at a few hundred bytes an entry: ten incidents of 10 000 messages. */
    static final long MAX_ENTRIES = 100_000;

    private final Map<IncidentId, IncidentTimeline> timelines = new LinkedHashMap<>(16, 0.75f, true);
    private final long maxEntries;
    private long entries;

    TimelineCache(long maxEntries) {
        this.maxEntries = maxEntries;
    }

    synchronized IncidentTimeline get(IncidentId incident) {
        return timelines.get(incident);
    }

    /** Keeps {@code timeline} unless a concurrent read already cached one further along. */
    synchronized void put(IncidentTimeline timeline) {
        IncidentTimeline previous = timelines.get(timeline.incidentId());
        if (previous != null && previous.lastSequence() >= timeline.lastSequence()) {
            return;
        }
        timelines.put(timeline.incidentId(), timeline);
        entries += weight(timeline) - (previous == null ? 0 : weight(previous));
        Iterator<IncidentTimeline> eldest = timelines.values().iterator();
        while (entries > maxEntries && timelines.size() > 1) {
            entries -= weight(eldest.next());
            eldest.remove();
        }
    }

    synchronized long entries() {
        return entries;
    }

    synchronized boolean holds(IncidentId incident) {
        return timelines.containsKey(incident);
    }

    private static long weight(IncidentTimeline timeline) {
        return timeline.entries().size() + 1L;
    }
}
