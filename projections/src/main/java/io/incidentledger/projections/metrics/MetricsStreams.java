package io.incidentledger.projections.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.projections.kafka.JsonSerdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.stereotype.Component;

/** Adds the metrics topology to the application's one Streams builder. */
@Component
class MetricsStreams {

    MetricsStreams(StreamsBuilder builder, ObjectMapper mapper) {
        IncidentMetricsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.metrics(mapper));
    }
}
