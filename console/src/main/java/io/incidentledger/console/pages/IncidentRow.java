package io.incidentledger.console.pages;

import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.projections.status.IncidentView;

/** One row of the incident list: the status model's view, with the lead from the command side. */
record IncidentRow(IncidentView view, String lead) {

    static IncidentRow of(IncidentView view, IncidentSummary summary) {
        return new IncidentRow(view, summary == null || summary.lead() == null ? "" : summary.lead().name());
    }
}
