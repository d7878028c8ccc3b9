package io.incidentledger.projections.status;

import java.util.List;
import java.util.Optional;

/** Read side of the status model, for the status page and its JSON. */
public interface CurrentIncidents {

    /** Every known incident, newest first. Throws {@link ViewNotReady} while the view is still being built. */
    List<IncidentView> all();

    /** One incident's view by incident id (the store's key), without reading the others. */
    default Optional<IncidentView> find(String incidentId) {
        return all().stream().filter(view -> view.incidentId().value().equals(incidentId)).findFirst();
    }
}
