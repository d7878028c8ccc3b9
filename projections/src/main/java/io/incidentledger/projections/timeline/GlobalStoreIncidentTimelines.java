package io.incidentledger.projections.timeline;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.kafka.GlobalStores;
import java.util.List;
import java.util.Optional;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

@Component
class GlobalStoreIncidentTimelines implements IncidentTimelines {

    private final StreamsBuilderFactoryBean streams;

    GlobalStoreIncidentTimelines(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public Optional<IncidentTimeline> find(IncidentRef ref) {
        return Optional.ofNullable(GlobalStores.<IncidentTimeline>get(streams, TimelineTopology.TIMELINES_STORE, ref.toString()));
    }

    @Override
    public List<IncidentTimeline> all() {
        return GlobalStores.all(streams, TimelineTopology.TIMELINES_STORE);
    }
}
