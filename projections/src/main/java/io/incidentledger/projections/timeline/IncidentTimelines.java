package io.incidentledger.projections.timeline;

import io.incidentledger.api.id.IncidentRef;
import java.util.List;
import java.util.Optional;

/** Read side of the timelines. Throws {@code ViewNotReady} while the view is still being built. */
public interface IncidentTimelines {

    Optional<IncidentTimeline> find(IncidentRef ref);

    List<IncidentTimeline> all();
}
