package io.incidentledger.console.pages;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.query.FindIncident;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import java.util.List;
import java.util.Map;
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

    /**
     * The status model's view; for an incident declared a moment ago, before the view has folded it, what the
     * command side knows, so the person who just declared it lands on its page rather than on "not found".
     */
    public IncidentView view(IncidentRef ref) {
        return views.all().stream().filter(v -> v.ref().equals(ref)).findFirst()
                .or(() -> summary(ref).map(s -> new IncidentView(s.incidentId(), s.ref(), s.title(), s.severity(),
                        s.status(), s.declaredAt(), s.updatedAt(), null, null, Map.of(), List.of(), 0)))
                .orElseThrow(() -> new PageNotFound("There is no incident " + ref + "."));
    }

    public Optional<IncidentSummary> summary(IncidentRef ref) {
        return queries.query(new FindIncident(ref), ResponseTypes.optionalInstanceOf(IncidentSummary.class)).join();
    }
}
