package io.incidentledger.projections.replay;

import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.Redelivery;
import io.incidentledger.projections.ProjectionsProperties;
import io.incidentledger.projections.kafka.StreamsDeadLetters;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Streams application's parked events. A fold cannot take one event back out of its order, so a retry refolds
 * the parked record's incident from the ledger, where the event is, and repairs its views, unless a rebuilt view is
 * still past the limit in force ({@link ViewTooLarge}: it stays parked). A record whose key names no incident in the
 * ledger has no view to repair: its retry succeeds.
 */
@Component
class StreamsRedelivery implements Redelivery {

    /** The timeline fold of earlier versions: what it parked is retried by refolding the incident's other views. */
    static final String TIMELINE_FOLD = "timeline-aggregates";

    private final IncidentRefold refold;
    private final int maxViewBytes;

    StreamsRedelivery(IncidentRefold refold, ProjectionsProperties properties) {
        this.refold = refold;
        this.maxViewBytes = properties.maxViewBytes();
    }

    @Override
    public Set<String> processors() {
        String fold = StreamsDeadLetters.PROCESSOR + "/";
        return Set.of(StreamsDeadLetters.PROCESSOR, fold + CurrentIncidentsTopology.AGGREGATE_STORE,
                fold + TIMELINE_FOLD, fold + IncidentMetricsTopology.AGGREGATE_STORE);
    }

    @Override
    public void redeliver(DeadLetter letter) throws Exception {
        if (letter.incidentId() != null && !letter.incidentId().isBlank()) {
            refold.refoldWithin(letter.incidentId(), maxViewBytes);
        }
    }
}
