package io.incidentledger.projections.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.projections.kafka.JsonSerdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.stereotype.Component;

/** Adds the current-incidents topology to the application's one Streams builder. */
@Component
class CurrentIncidentsStreams {

    CurrentIncidentsStreams(StreamsBuilder builder, ObjectMapper mapper) {
        CurrentIncidentsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.incidentViews(mapper));
    }
}
