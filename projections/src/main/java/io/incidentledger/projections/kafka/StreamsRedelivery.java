package io.incidentledger.projections.kafka;

import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.Redelivery;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import io.incidentledger.projections.timeline.TimelineTopology;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Streams application's parked events. A fold cannot take one event out of its order, so none is redelivered
 * alone: a replay (after raising the limit, or fixing the record) rebuilds every view from the ledger with it.
 */
@Component
class StreamsRedelivery implements Redelivery {

    static final class ReplayNeeded extends IllegalStateException {

        ReplayNeeded(String message) {
            super(message);
        }
    }

    @Override
    public Set<String> processors() {
        String fold = StreamsDeadLetters.PROCESSOR + "/";
        return Set.of(StreamsDeadLetters.PROCESSOR, fold + CurrentIncidentsTopology.AGGREGATE_STORE,
                fold + TimelineTopology.AGGREGATE_STORE, fold + IncidentMetricsTopology.AGGREGATE_STORE);
    }

    @Override
    public void redeliver(DeadLetter letter) {
        throw new ReplayNeeded("Views are rebuilt from the ledger by POST /api/admin/replay, not one event at a time");
    }
}
