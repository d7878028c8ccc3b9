package io.incidentledger.projections.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.projections.kafka.JsonSerdes;
import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Adds the current-incidents topology to the application's one Streams builder. */
@Component
class CurrentIncidentsStreams {

    CurrentIncidentsStreams(StreamsBuilder builder, ObjectMapper mapper, ObjectProvider<IncidentViewListener> listeners) {
        List<IncidentViewListener> all = listeners.orderedStream().toList();
        CurrentIncidentsTopology.build(builder, JsonSerdes.ledgerEvents(mapper), JsonSerdes.incidentViews(mapper),
                (incidentId, view) -> all.forEach(listener -> listener.changed(incidentId, view)));
    }
}
