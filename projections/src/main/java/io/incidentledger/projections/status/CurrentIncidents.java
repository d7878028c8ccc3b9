package io.incidentledger.projections.status;

import java.util.List;

/** Read side of the status model, for the status page and its JSON. */
public interface CurrentIncidents {

    /** Every known incident, newest first. Throws {@link ViewNotReady} while the view is still being built. */
    List<IncidentView> all();
}
