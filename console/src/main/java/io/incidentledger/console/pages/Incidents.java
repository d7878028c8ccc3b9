package io.incidentledger.console.pages;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.query.FindIncident;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The console's reads of incidents: the status model for what the public sees, the command side for roles. */
@Component
public class Incidents {

    private final CurrentIncidents views;
    private final QueryGateway queries;

    Incidents(CurrentIncidents views, QueryGateway queries) {
        this.views = views;
        this.queries = queries;
    }

    public List<IncidentView> all() {
        return views.all();
    }

    public IncidentView view(IncidentRef ref) {
        return views.all().stream().filter(v -> v.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new PageNotFound("There is no incident " + ref + " (yet: a new one shows in seconds)."));
    }

    public Optional<IncidentSummary> summary(IncidentRef ref) {
        return queries.query(new FindIncident(ref), ResponseTypes.optionalInstanceOf(IncidentSummary.class)).join();
    }
}
