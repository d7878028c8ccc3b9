package io.incidentledger.projections.timeline;

import io.incidentledger.api.event.*;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The mutable working copy of a timeline's facts (title, status, actions…) while one event is applied. */
final class TimelineFacts {

    private final IncidentTimeline base;
    private String title;
    private Severity severity;
    private IncidentStatus status;
    private String summary;
    private String impact;
    private final Map<Integer, FollowUpAction> actions = new TreeMap<>();

    TimelineFacts(IncidentTimeline base) {
        this.base = base;
        title = base.title();
        severity = base.severity();
        status = base.status();
        summary = base.summary();
        impact = base.impact();
        base.actions().forEach(action -> actions.put(action.number(), action));
    }

    void apply(IncidentEvent event) {
        if (event instanceof TitleChanged e) {
            title = e.to();
        } else if (event instanceof SeverityChanged e) {
            severity = e.to();
        } else if (event instanceof IncidentStatusChanged e) {
            status = e.to();
        } else if (event instanceof IncidentReopened) {
            status = IncidentStatus.INVESTIGATING;
        } else if (event instanceof SummaryChanged e) {
            summary = e.to();
        } else if (event instanceof ImpactChanged e) {
            impact = e.to();
        } else if (event instanceof FollowUpActionAdded e) {
            actions.put(e.number(), new FollowUpAction(e.number(), e.text(), false));
        } else if (event instanceof FollowUpActionCompleted e) {
            actions.computeIfPresent(e.number(), (n, a) -> new FollowUpAction(n, a.text(), true));
        } else if (event instanceof FollowUpActionReopened e) {
            actions.computeIfPresent(e.number(), (n, a) -> new FollowUpAction(n, a.text(), false));
        }
    }

    IncidentTimeline toTimeline(List<TimelineEntry> entries, long lastSequence) {
        return new IncidentTimeline(base.incidentId(), base.ref(), title, severity, status, summary, impact,
                base.declaredAt(), entries, List.copyOf(actions.values()), lastSequence);
    }
}
