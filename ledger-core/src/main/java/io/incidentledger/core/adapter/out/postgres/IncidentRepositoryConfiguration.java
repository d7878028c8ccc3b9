package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.domain.Incident;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Incident's repository ({@code @Aggregate(repository = ...)}): a busy incident stays loaded between its writes. */
@Configuration(proxyBeanMethods = false)
class IncidentRepositoryConfiguration {

    /** Incidents kept loaded; each holds its chat's message ids and at most {@code ChatRecord}'s bound of texts. */
    static final int CACHED_INCIDENTS = 1_000;

    @Bean
    IncidentCache incidentCache() {
        return new IncidentCache(CACHED_INCIDENTS);
    }

    @Bean
    CheckedIncidentRepository incidentRepository(EventStore eventStore, IncidentCache incidentCache,
                                                 @Qualifier("incidentSnapshotTrigger") SnapshotTriggerDefinition snapshots,
                                                 ParameterResolverFactory parameterResolverFactory,
                                                 HandlerDefinition handlerDefinition, JdbcTemplate jdbc) {
        var builder = EventSourcingRepository.builder(Incident.class)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition);
        return new CheckedIncidentRepository(builder, incidentCache, eventStore, snapshots, jdbc);
    }
}
