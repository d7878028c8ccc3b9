package io.incidentledger.projections.status;

import io.incidentledger.projections.kafka.GlobalStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

@Component
class GlobalStoreCurrentIncidents implements CurrentIncidents {

    private final StreamsBuilderFactoryBean streams;

    GlobalStoreCurrentIncidents(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public List<IncidentView> all() {
        // one unreadable value left out rather than failing every read of the view
        List<IncidentView> views = new ArrayList<>(GlobalStores.<IncidentView>all(streams, CurrentIncidentsTopology.VIEWS_STORE));
        views.sort(IncidentView.NEWEST_FIRST);
        return views;
    }

    @Override
    public Optional<IncidentView> find(String incidentId) {
        return Optional.ofNullable(GlobalStores.<IncidentView>get(streams, CurrentIncidentsTopology.VIEWS_STORE, incidentId));
    }
}
