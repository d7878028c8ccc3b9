package io.incidentledger.projections.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.projections.kafka.JsonSerdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.stereotype.Component;

/** Adds the timeline topology to the application's one Streams builder. */
@Component
class TimelineStreams {

    TimelineStreams(StreamsBuilder builder, ObjectMapper mapper) {
        TimelineTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.timelines(mapper));
    }
}
