package io.incidentledger.projections.replay;

import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.status.IncidentView;
import java.util.Map;
import java.util.TreeMap;

/** The Streams views, each keyed by incident reference, so a replayed set compares with the live one. */
public record ViewSet(
        Map<String, IncidentView> incidents,
        Map<String, IncidentMetrics> metrics) {

    public ViewSet {
        incidents = new TreeMap<>(incidents);
        metrics = new TreeMap<>(metrics);
    }
}
