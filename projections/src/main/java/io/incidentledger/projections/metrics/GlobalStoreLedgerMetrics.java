package io.incidentledger.projections.metrics;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.kafka.GlobalStores;
import java.util.List;
import java.util.Optional;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

@Component
class GlobalStoreLedgerMetrics implements LedgerMetrics {

    private final StreamsBuilderFactoryBean streams;

    GlobalStoreLedgerMetrics(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public List<IncidentMetrics> all() {
        return GlobalStores.all(streams, IncidentMetricsTopology.METRICS_STORE);
    }

    @Override
    public Optional<IncidentMetrics> find(IncidentRef ref) {
        return Optional.ofNullable(GlobalStores.<IncidentMetrics>get(streams, IncidentMetricsTopology.METRICS_STORE, ref.toString()));
    }
}
