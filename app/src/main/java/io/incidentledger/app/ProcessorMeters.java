package io.incidentledger.app;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How far each Axon tracking processor (the outbox to Kafka, Slack, Teams, notifications) trails the event store.
 * Lag counts only the segments this instance holds, so chart it with {@code max}. Parked events are
 * {@code deadletter/DeadLetterMetrics}' {@code incident_ledger_dead_letters}, for every processor, Axon's or not.
 * Kafka Streams' lag is Kafka's own {@code kafka_consumer_fetch_manager_records_lag}.
 */
@Component
class ProcessorMeters implements MultiCollector {

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    ProcessorMeters(EventProcessingConfiguration processing, EventStore events,
            ObjectProvider<PrometheusRegistry> registry) {
        this.processing = processing;
        this.events = events;
        registry.ifAvailable(prometheus -> prometheus.register(this));
    }

    @Override
    public MetricSnapshots collect() {
        var lag = GaugeSnapshot.builder().name("incident_ledger_processor_lag_events")
                .help("Events in the event store not yet handled by this instance's segments of the processor");
        var headToken = events.createHeadToken();
        // an empty event store has no head, and a processor that has handled nothing has no position: both are -1
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                streaming.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                        .mapToLong(position -> Math.max(0, head - position.orElse(-1)))
                        .max().ifPresent(behind -> lag.dataPoint(point(name, behind)));
            }
        });
        var snapshots = MetricSnapshots.builder();
        var family = lag.build();
        // a family without samples is left out rather than written as a bare HELP and TYPE
        if (!family.getDataPoints().isEmpty()) {
            snapshots.metricSnapshot(family);
        }
        return snapshots.build();
    }

    private static GaugeDataPointSnapshot point(String processor, long value) {
        return GaugeDataPointSnapshot.builder().labels(Labels.of("processor", processor)).value(value).build();
    }
}
