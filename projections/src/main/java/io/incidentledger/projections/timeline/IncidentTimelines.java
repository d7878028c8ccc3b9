package io.incidentledger.projections.timeline;

import io.incidentledger.api.id.IncidentRef;
import java.util.Optional;

/**
 * Read side of the timelines, built on read from the ledger. There is no list of every timeline: a list of
 * incidents reads the status or metrics view, since folding every incident's chat would grow with the ledger.
 * Throws {@code ViewNotReady} while the view that maps a reference to its incident is still being built.
 */
public interface IncidentTimelines {

    Optional<IncidentTimeline> find(IncidentRef ref);
}
