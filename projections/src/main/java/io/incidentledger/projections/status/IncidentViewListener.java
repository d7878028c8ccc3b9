package io.incidentledger.projections.status;

/**
 * Told of each incident view as the global store takes it, on the Streams global thread: what lets the status page
 * re-render once per change instead of scanning the store per request. Must return at once.
 */
@FunctionalInterface
public interface IncidentViewListener {

    IncidentViewListener NONE = (incidentId, view) -> {
    };

    /** {@code view} null: the incident's view was deleted (a tombstone, or a value no reader understands). */
    void changed(String incidentId, IncidentView view);
}
