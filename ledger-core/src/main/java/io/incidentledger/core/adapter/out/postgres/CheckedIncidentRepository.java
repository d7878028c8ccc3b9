package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.domain.Incident;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's caching repository (a rolled-back unit of work evicts its incident), made safe for several instances: a
 * cached incident is used only if its stream still ends at the cached version, one indexed query, so an event
 * another instance appended makes this one load the incident as before. A write that races past the check still
 * fails on the stream's unique sequence, rolls back (evicting), and the command gateway retries it on fresh state.
 */
final class CheckedIncidentRepository extends CachingEventSourcingRepository<Incident> {

    private static final String LAST_SEQUENCE =
            "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?";

    private final Cache cache;
    private final EventStore eventStore;
    private final SnapshotTriggerDefinition snapshots;
    private final JdbcTemplate jdbc;

    CheckedIncidentRepository(EventSourcingRepository.Builder<Incident> builder, Cache cache, EventStore eventStore,
                              SnapshotTriggerDefinition snapshots, JdbcTemplate jdbc) {
        super(builder.cache(cache).eventStore(eventStore).snapshotTriggerDefinition(snapshots));
        this.cache = cache;
        this.eventStore = eventStore;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
    }

    @Override
    protected EventSourcedAggregate<Incident> doLoadWithLock(String incidentId, Long expectedVersion) {
        AggregateCacheEntry<Incident> cached = cache.get(incidentId);
        if (cached != null && !current(incidentId, cached)) {
            cache.remove(incidentId);
        }
        return super.doLoadWithLock(incidentId, expectedVersion);
    }

    /** Called under the incident's lock, so no command of this instance moves it meanwhile. */
    private boolean current(String incidentId, AggregateCacheEntry<Incident> cached) {
        Long version = cached.recreateAggregate(aggregateModel(), eventStore, snapshots).version();
        Long last = jdbc.queryForObject(LAST_SEQUENCE, Long.class, incidentId);
        return version != null && version.equals(last);
    }
}
