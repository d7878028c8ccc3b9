package io.incidentledger.projections.status;

import io.incidentledger.projections.kafka.GlobalStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
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
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new ViewNotReady("The status view is still starting", null);
        }
        List<IncidentView> views = new ArrayList<>();
        try (var iterator = kafkaStreams.store(StoreQueryParameters.fromNameAndType(
                CurrentIncidentsTopology.VIEWS_STORE, QueryableStoreTypes.<String, IncidentView>keyValueStore())).all()) {
            iterator.forEachRemaining(entry -> views.add(entry.value));
        } catch (InvalidStateStoreException rebuilding) {
            throw new ViewNotReady("The status view is being rebuilt", rebuilding);
        }
        views.sort(IncidentView.NEWEST_FIRST);
        return views;
    }

    @Override
    public Optional<IncidentView> find(String incidentId) {
        return Optional.ofNullable(GlobalStores.<IncidentView>get(streams, CurrentIncidentsTopology.VIEWS_STORE, incidentId));
    }
}
